package vn.lienthong.benchmarks.scenario;

import java.nio.file.Path;
import java.util.List;
import vn.lienthong.certs.demo.DemoPkiResult;
import vn.lienthong.launcher.demo.DemoWorkspace;

/**
 * What every scenario starts from: the repository (for the launcher's class path), a demo federation
 * workspace laid out on free ports with its PKI, where the server logs go, and the flags of every server JVM.
 */
public record BenchEnvironment(Path repository, DemoWorkspace workspace, DemoPkiResult pki, Path logDirectory,
        List<String> serverJvmFlags) {

    public BenchEnvironment {
        serverJvmFlags = List.copyOf(serverJvmFlags);
    }

    /** The same environment with each server's log (and flight recording) in {@code directory}. */
    public BenchEnvironment withLogDirectory(Path directory) {
        List<String> flags = serverJvmFlags.stream().map(f -> f.replace(logDirectory.toString(), directory.toString())).toList();
        return new BenchEnvironment(repository, workspace, pki, directory, flags);
    }

    /** The flags of one server JVM, with {@code {name}} (e.g. in a flight-recording file name) replaced by its name. */
    public List<String> flagsFor(String processName) {
        return serverJvmFlags.stream().map(f -> f.replace("{name}", processName)).toList();
    }
}
