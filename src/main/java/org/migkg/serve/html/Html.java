package org.migkg.serve.html;

/**
 * Escaping for the markup the query editor and the pictures still write themselves; every other page comes from a
 * template, which escapes on its own. JSON placed inside a {@code <script>} element goes through {@link #scriptJson}.
 */
final class Html {
    private Html() {}

    /** Escapes text for HTML element content and quoted attribute values; null becomes the empty string. */
    static String text(String s) {
        return s == null ? "" : org.migkg.serve.PlainHtmlView.escape(s);
    }

    /**
     * Makes JSON safe inside a script element: no {@code </script>}, {@code <!--} or {@code ]]>} can end or confuse
     * the element, and the line separators JavaScript once treated as line ends are escaped. The JSON means the same.
     */
    static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** A link; both the address and the text are escaped. */
    static String link(String href, String text) {
        return "<a href=\"" + text(href) + "\">" + text(text) + "</a>";
    }
}
