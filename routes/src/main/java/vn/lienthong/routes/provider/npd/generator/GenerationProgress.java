package vn.lienthong.routes.provider.npd.generator;

/** Told after each batch how many citizens are written out of how many. */
@FunctionalInterface
public interface GenerationProgress {

    void written(long done, long total);

    static GenerationProgress none() {
        return (done, total) -> { };
    }
}
