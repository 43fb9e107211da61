package org.migkg.serve.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migkg.serve.Representation;

/** What every entity page shares: its canonical link is its IRI, and it links to its RDF forms. */
final class EntityPages {
    private EntityPages() {}

    static Page page(String title, String iri, Links links) {
        Page page = new Page(title);
        page.canonical = iri;
        String self = links.href(iri);
        for (Representation r : Representation.RDF) {
            page.alternates.add(new Page.Alternate(r.mediaType(), self + r.suffix(), r.label()));
        }
        return page;
    }

    /** The page's heading block: what kind of thing it is, its name, its IRI. */
    static String heading(String kind, String name, String iri) {
        return "<p class=\"kind\">" + Html.text(kind) + "</p>\n<h1>" + Html.text(name) + "</h1>\n"
                + "<p class=\"iri\"><code>" + Html.text(iri) + "</code></p>\n";
    }

    /** Rows grouped by one variable, keeping first-seen order. */
    static Map<String, List<Row>> groupBy(List<Row> rows, String var) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (Row r : rows) {
            out.computeIfAbsent(r.text(var), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** A comma-separated list of links to distinct entities, in first-seen order. */
    static String linkList(List<Row> rows, String iriVar, String labelVar, Links links) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.has(iriVar)) {
                seen.putIfAbsent(r.iri(iriVar), r.text(labelVar));
            }
        }
        StringBuilder out = new StringBuilder();
        seen.forEach((iri, label) -> out.append(out.length() == 0 ? "" : ", ").append(links.to(iri, label)));
        return out.toString();
    }

    static String section(String id, String heading, String content) {
        return "<section id=\"" + id + "\">\n<h2>" + Html.text(heading) + "</h2>\n" + content + "</section>\n";
    }

    /** Events by date: rows with ?event, ?title, ?start and optionally ?note shown after the title. */
    static String eventList(List<Row> rows, Links links) {
        StringBuilder out = new StringBuilder("<ol class=\"events\">\n");
        for (List<Row> one : groupBy(rows, "event").values()) {
            Row r = one.get(0);
            out.append("<li><span class=\"date\">").append(Dates.shortTime(r.text("start"))).append("</span> ")
                    .append(links.to(r.iri("event"), r.text("title")));
            String notes = String.join(", ", one.stream().filter(x -> x.has("note")).map(x -> x.text("note")).distinct().toList());
            if (!notes.isEmpty()) {
                out.append(" <span class=\"role\">").append(Html.text(notes)).append("</span>");
            }
            out.append("</li>\n");
        }
        return out.append("</ol>\n").toString();
    }
}
