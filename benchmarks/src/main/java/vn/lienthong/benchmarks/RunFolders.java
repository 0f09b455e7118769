package vn.lienthong.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.lienthong.launcher.demo.DemoFederationSpec;
import vn.lienthong.launcher.demo.DemoWorkspace;
import vn.lienthong.conf.identifier.SecurityServerId;

/** The run's folders: clearing the scratch folder, keeping scenario C's server configuration with the results. */
final class RunFolders {

    private static final String[] CONFIGURATION = {"server.properties", "services.xml"};

    private RunFolders() {
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The message-log, time-stamping and OCSP settings of scenario C's servers, as {@code server: key=value}. */
    static List<String> loggingSettings(DemoWorkspace workspace) throws IOException {
        List<String> settings = new java.util.ArrayList<>();
        for (SecurityServerId server : List.of(DemoFederationSpec.SS_VPCP, DemoFederationSpec.SS_MPS)) {
            Path file = workspace.serverDirectory(server).resolve("server.properties");
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("lienthong.messagelog.") || line.startsWith("lienthong.ocsp.")) {
                        settings.add(server.serverCode() + ": " + line);
                    }
                }
            }
        }
        return settings;
    }

    static void copyServerConfiguration(DemoWorkspace workspace, Path target) throws IOException {
        deleteTree(target);
        for (SecurityServerId server : List.of(DemoFederationSpec.SS_VPCP, DemoFederationSpec.SS_MPS)) {
            Path from = workspace.serverDirectory(server);
            Path to = Files.createDirectories(target.resolve(DemoFederationSpec.folderOf(server)));
            for (String name : CONFIGURATION) {
                if (Files.isRegularFile(from.resolve(name))) {
                    Files.copy(from.resolve(name), to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
