package org.migkg.serve.html;

/**
 * A link as a page shows it: {@code href} is null when the address is not one a reader may follow (not a path on this
 * server, not http or https), and the text is then shown alone.
 */
public record Link(String href, String text) {
    /** A link whose address came from the data: anything but a local path or a web address stays text. */
    static Link guarded(String href, String text) {
        return new Link(isWeb(href) ? href : null, text);
    }

    static Link text(String text) {
        return new Link(null, text);
    }

    static boolean isWeb(String href) {
        return org.migkg.serve.LinkGuard.allows(href);
    }
}
