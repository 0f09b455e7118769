package vn.lienthong.globalconf.client;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.lienthong.globalconf.bundle.BundleDirectory;
import vn.lienthong.globalconf.bundle.BundleLayout;
import vn.lienthong.globalconf.bundle.BundleParts;

/** A bundle whose signature and part hashes have been checked: the raw files, and their decoded content. */
public record VerifiedBundle(BundleDirectory directory, Map<String, byte[]> files, BundleParts content) {

    public VerifiedBundle {
        files = Map.copyOf(files);
    }

    /** The raw files, directory and signature included, as they are to be stored. */
    public Map<String, byte[]> filesToStore() {
        Map<String, byte[]> result = new LinkedHashMap<>(files);
        result.keySet().retainAll(BundleLayout.REQUIRED_PARTS);
        result.put(BundleLayout.DIRECTORY, files.get(BundleLayout.DIRECTORY));
        result.put(BundleLayout.SIGNATURE, files.get(BundleLayout.SIGNATURE));
        return result;
    }
}
