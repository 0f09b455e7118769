package vn.lienthong.benchmarks.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the server JVMs find their classes: the launcher's runtime class path, and this module's own. */
public final class Classpaths {

    private Classpaths() {
    }

    /** {@code launcher/target/lienthong.jar} and {@code launcher/target/lib/*}, as {@code ./lienthong} runs them. */
    public static String launcher(Path repository) {
        Path target = repository.resolve("launcher/target");
        Path jar = target.resolve("lienthong.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw -DskipTests -pl benchmarks -am package");
        }
        return jar + File.pathSeparator + target.resolve("lib") + File.separator + "*";
    }

    /** The class path the driver itself runs with (this module's classes and its runtime jars). */
    public static String benchmarks() {
        return System.getProperty("java.class.path");
    }
}
