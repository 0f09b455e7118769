package vn.lienthong.benchmarks.limit;

/** A cryptographic primitive a round trip performs, and the JMH benchmark (and size parameter) that times it. */
public enum Primitive {
    RSA_PSS_SIGN("RSA-PSS SHA-256 signature", PublicKeyOperations.class, "signRsaPss", null),
    RSA_PSS_VERIFY("RSA-PSS SHA-256 verification", PublicKeyOperations.class, "verifyRsaPss", null),
    RSA_OAEP_WRAP("RSA-OAEP key transport, wrap", PublicKeyOperations.class, "wrapRsaOaep", null),
    RSA_OAEP_UNWRAP("RSA-OAEP key transport, unwrap", PublicKeyOperations.class, "unwrapRsaOaep", null),
    CONTENT_KEY("AES-256 content key generation", PublicKeyOperations.class, "generateContentKey", null),
    CHAIN_CHECK("certificate chain check", PublicKeyOperations.class, "checkCertificateChain", null),
    AES_GCM_ENCRYPT("AES-256-GCM encryption", SymmetricOperations.class, "encryptAesGcm", "payloadBytes"),
    AES_GCM_DECRYPT("AES-256-GCM decryption", SymmetricOperations.class, "decryptAesGcm", "payloadBytes"),
    SHA256("SHA-256", HashOperations.class, "sha256", "sha256Bytes"),
    SHA512("SHA-512", HashOperations.class, "sha512", "sha512Bytes");

    private final String label;
    private final Class<?> benchmarkClass;
    private final String method;
    private final String sizeParameter;

    Primitive(String label, Class<?> benchmarkClass, String method, String sizeParameter) {
        this.label = label;
        this.benchmarkClass = benchmarkClass;
        this.method = method;
        this.sizeParameter = sizeParameter;
    }

    public String label() {
        return label;
    }

    /** JMH's name of the benchmark: class and method. */
    public String benchmark() {
        return benchmarkClass.getName() + "." + method;
    }

    /** The JMH parameter holding the input size, or null when the cost does not depend on it here. */
    public String sizeParameter() {
        return sizeParameter;
    }

    public boolean sized() {
        return sizeParameter != null;
    }

    /** The size JMH measures for an input of {@code bytes}: the next power of two (at least 64), so never less. */
    public static int bucket(int bytes) {
        int b = 64;
        while (b < bytes) {
            b <<= 1;
        }
        return b;
    }
}
