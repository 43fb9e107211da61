package org.migkg.serve;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.migkg.store.JsonLdContext;
import org.migkg.store.StoreReader;

/**
 * The fallback page of an entity: its description as an escaped table (subject, property, value), the same
 * description as JSON-LD in the head, and links to the RDF forms. Links to other served IRIs point at this server.
 */
public final class PlainHtmlView implements HtmlView {
    @Override
    public Optional<String> render(String iri, Model description, StoreReader store) {
        IriPaths paths = new IriPaths(store.iris());
        String self = paths.pathOf(iri).orElse(iri);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(label(description, iri))).append("</title>\n");
        for (Representation r : Representation.RDF) {
            html.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"")
                    .append(escape(self + r.suffix())).append("\">\n");
        }
        html.append("<script type=\"application/ld+json\">\n").append(scriptSafe(jsonLd(description))).append("\n</script>\n")
                .append("</head>\n<body>\n<h1>").append(escape(label(description, iri))).append("</h1>\n")
                .append("<p><code>").append(escape(iri)).append("</code></p>\n<p>");
        for (Representation r : Representation.RDF) {
            html.append("<a href=\"").append(escape(self + r.suffix())).append("\">").append(r.label()).append("</a> ");
        }
        html.append("</p>\n<table>\n<thead><tr><th>Subject</th><th>Property</th><th>Value</th></tr></thead>\n<tbody>\n");
        for (Statement s : sorted(description)) {
            html.append("<tr><td>").append(node(s.getSubject(), description, paths)).append("</td><td>")
                    .append(node(s.getPredicate(), description, paths)).append("</td><td>")
                    .append(node(s.getObject(), description, paths)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</body>\n</html>\n");
        return Optional.of(html.toString());
    }

    private static List<Statement> sorted(Model m) {
        return m.listStatements().toList().stream()
                .sorted(Comparator.comparing((Statement s) -> s.getSubject().toString())
                        .thenComparing(s -> s.getPredicate().getURI())
                        .thenComparing(s -> s.getObject().toString()))
                .toList();
    }

    private static String node(RDFNode n, Model m, IriPaths paths) {
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            return escape(l.getLexicalForm()) + (l.getLanguage().isEmpty() ? "" : " <small>@" + escape(l.getLanguage()) + "</small>");
        }
        String iri = n.asResource().getURI();
        String shown = m.shortForm(iri);
        String href = paths.pathOf(iri).orElse(iri);
        // Only web links become links: an IRI such as javascript:... stays text.
        if (!href.startsWith("/") && !href.startsWith("http://") && !href.startsWith("https://")) {
            return escape(shown);
        }
        return "<a href=\"" + escape(href) + "\">" + escape(shown) + "</a>";
    }

    static String label(Model m, String iri) {
        return Labels.of(m, m.createResource(iri)).orElse(iri);
    }

    private static String jsonLd(Model description) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        JsonLdContext.writeInline(description.getGraph(), out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Keeps the JSON inside its script element: no "</script>" or "<!--" can close or confuse it. */
    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e");
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String escape(String s) {
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
}
