package org.migkg.serve;

/**
 * The one escaping rule of every page ({@link PageOutput} applies it to each value a template writes), and the rule
 * for JSON placed inside a {@code <script>} element.
 */
public final class HtmlEscape {
    private HtmlEscape() {}

    /** Escapes text for HTML element content and quoted attribute values; null becomes the empty string. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
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
    public static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
