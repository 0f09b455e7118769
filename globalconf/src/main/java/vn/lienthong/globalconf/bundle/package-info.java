/**
 * The published form of the global configuration: a versioned bundle of parts and a signed directory.
 *
 * <p>A bundle is a folder (on the authority's disk, over HTTP, in a security server's cache) holding:
 * <ul>
 *   <li>{@code federation.xml}: the registry ({@link vn.lienthong.globalconf.registry.RegistryXml});</li>
 *   <li>{@code settings.xml}: the global settings ({@link vn.lienthong.globalconf.registry.SettingsXml});</li>
 *   <li>{@code verification-certificates.pem}: the authority's configuration signing certificates that servers
 *       shall trust from now on (how the signing key is rotated, see
 *       {@link vn.lienthong.globalconf.authority.SigningKeyRing});</li>
 *   <li>{@code directory}: the list of parts with their SHA-256, the instance, version, publication and expiry
 *       times, the signature algorithm and the signing key ({@link BundleDirectory});</li>
 *   <li>{@code directory.sig}: the detached signature over the exact bytes of {@code directory}.</li>
 * </ul>
 * Published bundles live in {@code <version>/} sub-folders next to a {@code current} file naming the newest
 * version; a bundle, once published, never changes, so a reader never mixes the parts of two versions.
 */
package vn.lienthong.globalconf.bundle;
