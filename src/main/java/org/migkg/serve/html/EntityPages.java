package org.migkg.serve.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migkg.serve.Representation;

/** What the entity page builders share: the head (canonical link to the IRI, the RDF forms), grouping, link lists. */
final class EntityPages {
    private EntityPages() {}

    static Head head(String title, String iri, Links links, String jsonLd) {
        String self = links.href(iri);
        List<Head.Alternate> forms = new ArrayList<>();
        for (Representation r : Representation.RDF) {
            forms.add(new Head.Alternate(r.mediaType(), self + r.suffix(), r.label()));
        }
        return Head.of(title).canonical(iri).alternates(forms).jsonLd(jsonLd);
    }

    /** Rows grouped by one variable, keeping first-seen order. */
    static Map<String, List<Solution>> groupBy(List<Solution> rows, String var) {
        Map<String, List<Solution>> out = new LinkedHashMap<>();
        for (Solution r : rows) {
            out.computeIfAbsent(r.text(var), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** Links to distinct entities, in first-seen order. */
    static List<Link> linkList(List<Solution> rows, String iriVar, String labelVar, Links links) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (Solution r : rows) {
            if (r.has(iriVar)) {
                seen.putIfAbsent(r.iri(iriVar), r.text(labelVar));
            }
        }
        List<Link> out = new ArrayList<>();
        seen.forEach((iri, label) -> out.add(links.to(iri, label)));
        return out;
    }

    /** Events by date: rows with ?event, ?title, ?start and optionally ?note shown after the title. */
    static List<EventItem> eventList(List<Solution> rows, Links links) {
        List<EventItem> out = new ArrayList<>();
        for (List<Solution> one : groupBy(rows, "event").values()) {
            Solution r = one.get(0);
            String notes = String.join(", ", one.stream().filter(x -> x.has("note")).map(x -> x.text("note")).distinct().toList());
            out.add(new EventItem(Time.day(r.text("start")), links.to(r.iri("event"), r.text("title")), notes.isEmpty() ? null : notes));
        }
        return out;
    }

    static List<Solution> distinct(List<Solution> rows, String var) {
        return groupBy(rows, var).values().stream().map(l -> l.get(0)).toList();
    }

    /** Each post of one participation once: "Director at WELDO". */
    static List<PostHeld> posts(List<Solution> rows, Links links) {
        Map<String, PostHeld> seen = new LinkedHashMap<>();
        for (Solution r : rows) {
            if (r.has("post") && !seen.containsKey(r.iri("post"))) {
                seen.put(r.iri("post"), new PostHeld(links.to(r.iri("post"), r.text("postLabel")),
                        r.has("org") ? links.to(r.iri("org"), r.text("orgName")) : null));
            }
        }
        return List.copyOf(seen.values());
    }

    static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Text split on blank lines into paragraphs. */
    static List<String> paragraphs(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(s.split("\\n\\s*\\n")).map(String::strip).toList();
    }
}
