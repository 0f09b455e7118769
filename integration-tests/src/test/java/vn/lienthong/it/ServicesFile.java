package vn.lienthong.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.launcher.demo.DemoWorkspace;

/** Adds test services to a security server's services.xml before the federation starts. */
final class ServicesFile {

    private ServicesFile() {
    }

    static void add(DemoWorkspace workspace, SecurityServerId server, String serviceElements) {
        Path services = workspace.serverDirectory(server).resolve("services.xml");
        try {
            Files.writeString(services, Files.readString(services).replace("</services>", serviceElements + "</services>"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
