package org.migkg.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a saved HTML page into the text a browser's "save as text" gives: one block a line, blocks separated by a
 * blank line, an empty block ({@code <p>&nbsp;</p>}) one more blank line (the gap that sets a moderator apart), list
 * items as bullets. The text then goes through the same reader as a saved .txt copy.
 */
final class HtmlText {
    private HtmlText() {}

    record Result(String text, String canonicalUrl, StructuredEvent structured) {}

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "header", "footer", "main", "aside", "nav", "tr", "table", "dl", "dt", "dd",
            "blockquote", "figure", "figcaption", "address", "hr", "form", "br");
    private static final String GAP = "\u0000gap";

    static Result of(String html) {
        Document doc = Jsoup.parse(html);
        StructuredEvent structured = StructuredEvent.in(doc).orElse(null);
        doc.select("script, style, noscript, template, svg").remove();
        String canonical = null;
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null && link.attr("href").matches("https?://\\S+")) {
            canonical = link.attr("href");
        }
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                    if (e.normalName().equals("li")) {
                        current.append("• ");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    boolean empty = current.toString().replace('\u00a0', ' ').isBlank();
                    flush();
                    if (empty && e.children().isEmpty() && !e.normalName().equals("br") && !e.normalName().equals("hr")) {
                        blocks.add(GAP);
                    }
                }
            }

            private void flush() {
                String text = current.toString().replace('\u00a0', ' ').strip();
                if (!text.isEmpty() && !text.equals("•")) {
                    blocks.add(text);
                }
                current.setLength(0);
            }
        }, doc.body());
        StringBuilder out = new StringBuilder();
        for (String block : blocks) {
            if (block.equals(GAP)) {
                out.append('\n');
            } else {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(block);
            }
        }
        return new Result(out.toString(), canonical, structured);
    }
}
