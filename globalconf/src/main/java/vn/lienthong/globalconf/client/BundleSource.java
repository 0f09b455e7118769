package vn.lienthong.globalconf.client;

import java.io.IOException;

/** Where bundles come from: the authority over HTTP, or a folder of published bundles. */
public interface BundleSource {

    /** The newest bundle, as a reader of its files: every read goes to the same version. */
    BundleReader latest() throws IOException;

    /** Where this source reads from, for messages. */
    String location();

    /** Reads the files of one bundle by name. */
    @FunctionalInterface
    interface BundleReader {
        byte[] read(String fileName) throws IOException;
    }
}
