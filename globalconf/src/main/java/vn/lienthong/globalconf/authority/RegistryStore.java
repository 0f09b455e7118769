package vn.lienthong.globalconf.authority;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.lienthong.globalconf.format.AtomicWrite;
import vn.lienthong.globalconf.registry.GlobalSettings;
import vn.lienthong.globalconf.registry.Registry;
import vn.lienthong.globalconf.registry.RegistryXml;
import vn.lienthong.globalconf.registry.SettingsXml;

/** The registry on the authority's disk, in the same two files a bundle carries; each is replaced atomically. */
final class RegistryStore {

    private final Path folder;

    RegistryStore(Path folder) {
        this.folder = folder;
    }

    Registry load() {
        Path settings = folder.resolve("settings.xml");
        Path federation = folder.resolve("federation.xml");
        try {
            GlobalSettings s = SettingsXml.read(Files.readAllBytes(settings), settings.toString());
            return RegistryXml.read(Files.readAllBytes(federation), s, federation.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the registry in " + folder + ": " + e.getMessage(), e);
        }
    }

    void save(Registry registry) {
        AtomicWrite.file(folder.resolve("settings.xml"), SettingsXml.write(registry.settings()));
        AtomicWrite.file(folder.resolve("federation.xml"), RegistryXml.write(registry));
    }
}
