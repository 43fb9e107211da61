package org.migkg.serve.html;

/**
 * The one place text becomes markup. Every value from the data goes through {@link #text} (element content and
 * attribute values alike); JSON placed inside a {@code <script>} element goes through {@link #scriptJson}.
 */
final class Html {
    private Html() {}

    /** Escapes text for HTML element content and quoted attribute values; null becomes the empty string. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
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

    /** Text split on blank lines into paragraphs. */
    static String paragraphs(String s) {
        if (s == null || s.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String p : s.split("\\n\\s*\\n")) {
            out.append("<p>").append(text(p.strip())).append("</p>\n");
        }
        return out.toString();
    }
}
