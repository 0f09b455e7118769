package vn.lienthong.messagelog.asic;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.lienthong.messagelog.chain.Sha256;

/**
 * Writes an ASiC-E container (ETSI EN 319 162-1) as a stream: the {@code mimetype} entry first and stored
 * (uncompressed), then the data files, then {@code META-INF/manifest.xml} (ODF manifest with media types) and
 * {@code META-INF/digests.sha256}, which lists the SHA-256 of every data file in {@code sha256sum} format
 * (check with {@code sha256sum -c META-INF/digests.sha256} in the unzipped folder). Only the file list is kept in memory.
 */
public final class AsicWriter implements AutoCloseable {

    public static final String MIME_TYPE = "application/vnd.etsi.asic-e+zip";
    public static final String DIGESTS = "META-INF/digests.sha256";
    public static final String MANIFEST = "META-INF/manifest.xml";

    private record Listed(String path, String mediaType, String sha256) {
    }

    private final ZipOutputStream zip;
    private final List<Listed> files = new ArrayList<>();
    private boolean finished;

    public AsicWriter(OutputStream out) throws IOException {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        byte[] mime = MIME_TYPE.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(mime.length);
        entry.setCompressedSize(mime.length);
        CRC32 crc = new CRC32();
        crc.update(mime);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(mime);
        zip.closeEntry();
    }

    /** Adds a data file, listed in the manifest and the digests. */
    public void add(String path, byte[] content, String mediaType) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
        files.add(new Listed(path, mediaType, HexFormat.of().formatHex(Sha256.of(content))));
    }

    public void add(String path, String text, String mediaType) throws IOException {
        add(path, text.getBytes(StandardCharsets.UTF_8), mediaType);
    }

    /** Adds a file under META-INF that is neither listed nor digested (container bookkeeping). */
    public void addMeta(String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
    }

    /** Writes the manifest and the digest list and finishes the zip (the underlying stream stays open). */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        StringBuilder digests = new StringBuilder();
        StringBuilder manifest = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">\n"
                + "  <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + MIME_TYPE + "\"/>\n");
        for (Listed f : files) {
            digests.append(f.sha256()).append("  ").append(f.path()).append('\n');
            manifest.append("  <manifest:file-entry manifest:full-path=\"").append(xml(f.path()))
                    .append("\" manifest:media-type=\"").append(f.mediaType()).append("\"/>\n");
        }
        manifest.append("</manifest:manifest>\n");
        addMeta(MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
        addMeta(DIGESTS, digests.toString().getBytes(StandardCharsets.UTF_8));
        zip.finish();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    @Override
    public void close() throws IOException {
        finish();
        zip.close();
    }
}
