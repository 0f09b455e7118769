package vn.lienthong.routes.provider.feeder;

/** Where a source system takes the NPD's answers to its updates (typically: into its own database). */
@FunctionalInterface
public interface UpdateAnswers {

    void answered(UpdateAnswer answer) throws Exception;
}
