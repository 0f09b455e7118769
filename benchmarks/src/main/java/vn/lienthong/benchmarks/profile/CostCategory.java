package vn.lienthong.benchmarks.profile;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a sampled stack was spent on. A stack is charged to the first <em>work</em> category (RSA down to TLS and
 * sockets), in declaration order, that any of its frames matches: RSA under WSS4J counts as RSA, the replay cache's
 * database work under the verifier as message log and database, decryption's parsing under WSS4J as WS-Security.
 * Other stacks go to the <em>framework</em> (HTTP, Camel, CXF, LienThong) of their innermost frame that belongs to
 * one: every stack of a request runs on a Netty or Jetty thread, so "any frame" would charge all of it to HTTP.
 */
public enum CostCategory {

    RSA("RSA private- and public-key operations", "sun/security/rsa/|RSACore|montgomery_|BigInteger\\.|MutableBigInteger"),
    EC("elliptic-curve operations", "sun/security/ec/|org/bouncycastle/math/ec/|org/bouncycastle/crypto/(signers|agreement)/"),
    HASH_AND_CIPHER("hashing and symmetric ciphers (messages, log, TLS records)",
            "java/security/MessageDigest|sun/security/provider/(DigestBase|SHA)|sha256_implCompress|sha512_implCompress"
                    + "|com/sun/crypto/provider/(GaloisCounterMode|AESCrypt|GHASH|CipherCore)|aescrypt|ghash_|galoisCounterMode"),
    JIT("JIT compilers", "CompileBroker::|C2Compiler::|Compile::|Compilation::|NMethodSweeper::"),
    GC("garbage collector", "GangWorker::|ScavengeRootsTask|PSScavenge|PSParallelCompact|ParallelScavenge|G1[A-Z]"
            + "|VM_ParallelGC|VM_G1|VMThread::"),
    MESSAGE_LOG("message log and its database (H2)", "vn/lienthong/messagelog/|org/h2/"),
    WS_SECURITY("WSS4J and Santuario around the crypto (c14n, references, DOM)",
            "org/apache/wss4j/|org/apache/xml/security/|org/apache/jcp/xml/dsig/"),
    XML_PARSE("XML parsing", "xerces/internal/(parsers|impl|jaxp)|javax/xml/parsers/|com/ctc/wstx/|SafeXml\\.parse"),
    XML_WRITE("XML writing", "vn/lienthong/security/xml/DomSerializer|vn/lienthong/security/xml/Utf8Buffer|xml/internal/serializer"),
    TLS_AND_SOCKETS("TLS records and socket I/O", "sun/security/ssl/|sun/nio/ch/|NioSocketImpl|SocketInputStream"
            + "|SocketOutputStream|epoll_wait|__GI_write|__GI_read|writev|__libc_send|__libc_recv"),
    HTTP("HTTP servers and clients (Netty, Jetty, JDK), their own frames", "io/netty/|org/eclipse/jetty/|sun/net/www/|jdk/internal/net/http/"),
    CAMEL("Camel routing, its own frames", "org/apache/camel/"),
    CXF("CXF, its own frames", "org/apache/cxf/"),
    LIENTHONG("the rest of LienThong's own code", "vn/lienthong/"),
    OTHER("everything else (JDK, JVM runtime, kernel)", null);

    private final String label;
    private final Pattern frames;

    CostCategory(String label, String frames) {
        this.label = label;
        this.frames = frames == null ? null : Pattern.compile(frames);
    }

    public String label() {
        return label;
    }

    private static final List<CostCategory> WORK = List.of(RSA, EC, HASH_AND_CIPHER, JIT, GC, MESSAGE_LOG, WS_SECURITY,
            XML_PARSE, XML_WRITE, TLS_AND_SOCKETS);
    private static final List<CostCategory> FRAMEWORKS = List.of(HTTP, CAMEL, CXF, LIENTHONG);

    /** The category a stack (outermost frame first) is charged to. */
    public static CostCategory of(List<String> stack) {
        for (CostCategory category : WORK) {
            for (String frame : stack) {
                if (category.frames.matcher(frame).find()) {
                    return category;
                }
            }
        }
        for (int i = stack.size() - 1; i >= 0; i--) {
            for (CostCategory category : FRAMEWORKS) {
                if (category.frames.matcher(stack.get(i)).find()) {
                    return category;
                }
            }
        }
        return OTHER;
    }
}
