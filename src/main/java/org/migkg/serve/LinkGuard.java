package org.migkg.serve;

/**
 * Which addresses a page may show as links: paths on this server and http(s) addresses. Anything else from the data
 * (javascript:, data:, protocol-relative //host ...) is shown as text.
 */
public final class LinkGuard {
    private LinkGuard() {}

    public static boolean allows(String href) {
        return href != null && (href.startsWith("/") && !href.startsWith("//") || href.startsWith("http://") || href.startsWith("https://"));
    }
}
