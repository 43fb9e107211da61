package org.migkg.serve.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;

/** An event's card: date and stated times, participants in order with role and post, organizations, related events. */
final class EventPage {
    private static final Query CARD = Sparql.parse("""
            SELECT ?name ?alt ?start ?end ?typeLabel ?statedType ?mode ?venue ?location ?description ?url ?language WHERE {
              ?this a schema:Event ; schema:name ?name ; schema:startDate ?start .
              OPTIONAL { ?this schema:alternateName ?alt }
              OPTIONAL { ?this schema:endDate ?end }
              OPTIONAL { ?this mk:eventType/skos:prefLabel ?typeLabel }
              OPTIONAL { ?this mk:statedType ?statedType }
              OPTIONAL { ?this schema:eventAttendanceMode ?mode }
              OPTIONAL { ?this mk:statedVenue ?venue }
              OPTIONAL { ?this schema:location ?location }
              OPTIONAL { ?this schema:description ?description }
              OPTIONAL { ?this schema:url ?url }
              OPTIONAL { ?this schema:inLanguage ?language }
            } LIMIT 1""");
    private static final Query UNDER_REVIEW = Sparql.parse("""
            SELECT DISTINCT ?person ?name WHERE { ?this schema:performer ?person . ?person mk:identityUnderReview ?note ; schema:name ?name }
            ORDER BY ?name""");
    private static final Query STATED_TIMES = Sparql.parse("SELECT ?time WHERE { ?this mk:statedTime ?time } ORDER BY ?time");
    private static final Query PARTICIPANTS = Sparql.parse("""
            SELECT ?order ?person ?name ?statedName ?roleLabel ?position ?session ?note ?post ?postLabel ?org ?orgName WHERE {
              ?p mk:event ?this ; mk:participant ?person ; mk:order ?order .
              OPTIONAL { ?person schema:name ?name }
              OPTIONAL { ?p mk:statedName ?statedName }
              OPTIONAL { ?p mk:role/skos:prefLabel ?roleLabel }
              OPTIONAL { ?p mk:statedPosition ?position }
              OPTIONAL { ?p mk:session ?session }
              OPTIONAL { ?p rdfs:comment ?note }
              OPTIONAL { ?p mk:heldPost ?post . ?post rdfs:label ?postLabel
                         OPTIONAL { ?post org:postIn ?org . ?org schema:name ?orgName } }
            } ORDER BY ?order ?post""");
    private static final Query ORGANIZATIONS = Sparql.parse("""
            SELECT ?relation ?org ?name WHERE {
              { ?this schema:organizer ?org BIND ("Organizers" AS ?relation) }
              UNION { ?this mk:partner ?org BIND ("Partners" AS ?relation) }
              UNION { ?this schema:funder ?org BIND ("Funders" AS ?relation) }
              OPTIONAL { ?org schema:name ?name }
            } ORDER BY DESC(?relation = "Organizers") ?relation ?name""");
    private static final Query PART_OF = Sparql.parse("""
            SELECT ?series ?name ?kind WHERE {
              ?this mk:partOf ?series .
              OPTIONAL { ?series schema:name ?name }
              BIND (IF(EXISTS { ?series a schema:EventSeries }, "Series", "Partnership") AS ?kind)
            } ORDER BY ?name""");
    private static final Query STATEMENTS = Sparql.parse("SELECT ?statement WHERE { ?this mk:membershipStatement ?statement } ORDER BY ?statement");
    private static final Query CONCEPTS = Sparql.parse("""
            SELECT ?kind ?concept ?notation ?label ?short WHERE {
              { ?this mk:addressesObjective ?concept BIND ("objective" AS ?kind) }
              UNION { ?this mk:crossCuttingTheme ?concept BIND ("theme" AS ?kind) }
              OPTIONAL { ?concept skos:notation ?notation }
              OPTIONAL { ?concept skos:prefLabel ?label }
              OPTIONAL { ?concept skos:altLabel ?short }
            } ORDER BY ?kind xsd:integer(?notation) ?notation""");
    private static final Query FACETS = Sparql.parse("""
            SELECT ?field ?value WHERE {
              VALUES (?p ?field) {
                (schema:keywords "Topics") (mk:geographicScope "Geographic scope") (mk:sdg "SDG goals")
                (mk:sdgTarget "SDG targets") (mk:hubTypeOfEvent "Type of event (hub)") (mk:hubEventCategory "Event category (hub)")
                (mk:hubTargetAudience "Target audience (hub)") (mk:hubWorkstreamOutput "Workstream output (hub)")
                (mk:hubRegionalReviewProcess "Regional review process (hub)") (mk:openReviewItem "Open review items")
              }
              ?this ?p ?value .
            } ORDER BY ?field ?value""");
    private static final Query RELATED = Sparql.parse("""
            SELECT ?other ?otherName ?otherStart ?score ?type ?weight ?comment ?shared ?sharedLabel WHERE {
              ?rel a mk:EventRelation ; mk:relates ?this, ?other ; mk:score ?score .
              FILTER (?other != ?this)
              OPTIONAL { ?other schema:name ?otherName }
              OPTIONAL { ?other schema:startDate ?otherStart }
              OPTIONAL {
                ?rel mk:reason ?reason . ?reason mk:reasonType ?type ; mk:weight ?weight .
                OPTIONAL { ?reason rdfs:comment ?comment }
                OPTIONAL { ?reason mk:sharedEntity ?shared OPTIONAL { ?shared schema:name|skos:prefLabel ?sharedLabel } }
              }
            } ORDER BY DESC(?score) ?other DESC(?weight) ?type ?sharedLabel""");
    private static final Query SOURCE = Sparql.parse("""
            SELECT ?graph ?recordFile ?sha ?source ?document ?title ?retrieved ?publisher ?publisherName ?truncated ?loaded WHERE {
              ?graph a mk:RecordGraph ; foaf:primaryTopic ?this .
              OPTIONAL { ?graph mk:recordFile ?recordFile }
              OPTIONAL { ?graph mk:sha256 ?sha }
              OPTIONAL { ?graph dcterms:source ?source }
              OPTIONAL { ?graph mk:sourceDocument ?document }
              OPTIONAL { ?graph dcterms:title ?title }
              OPTIONAL { ?graph mk:retrieved ?retrieved }
              OPTIONAL { ?graph dcterms:publisher ?publisher OPTIONAL { ?publisher schema:name ?publisherName } }
              OPTIONAL { ?graph mk:truncatedSource ?truncated }
              OPTIONAL { ?graph prov:generatedAtTime ?loaded }
            } ORDER BY ?graph""");

    private EventPage() {}

    static Optional<Page> build(Sparql sparql, Links links, String iri) {
        List<Row> card = sparql.select(CARD, iri);
        if (card.isEmpty()) {
            return Optional.empty();
        }
        Row e = card.get(0);
        String name = e.text("name");
        Page page = EntityPages.page(name, iri, links);
        ObjectNode json = SchemaJson.top("Event", iri, name);
        page.description = "Event on " + Dates.isoDay(e.text("start")) + ": " + name;

        String kind = e.has("typeLabel") ? e.text("typeLabel") : "event";
        page.add(EntityPages.heading(capitalize(kind) + (e.has("statedType") ? " · " + e.text("statedType") : ""), name, iri));
        List<Row> underReview = sparql.select(UNDER_REVIEW, iri);
        if (!underReview.isEmpty()) {
            page.add("<p class=\"notice under-review\">Identity under review: ");
            for (int k = 0; k < underReview.size(); k++) {
                page.add(k == 0 ? "" : ", ").add(links.to(underReview.get(k).iri("person"), underReview.get(k).text("name")));
            }
            page.add(" might be the same as another person in the graph; a curator has not decided yet.</p>\n");
        }
        if (e.has("alt")) {
            page.add("<p class=\"subtitle\">").add(Html.text(e.text("alt"))).add("</p>\n");
        }
        page.add("<dl class=\"facts\">\n<dt>Date</dt><dd>").add(Dates.time(e.text("start")));
        json.put("startDate", e.text("start"));
        if (e.has("end")) {
            page.add(" – ").add(Dates.time(e.text("end")));
            json.put("endDate", e.text("end"));
        }
        page.add("</dd>\n");
        List<Row> times = sparql.select(STATED_TIMES, iri);
        if (!times.isEmpty()) {
            page.add("<dt>Times as stated</dt><dd><ul class=\"plain\">");
            times.forEach(t -> page.add("<li>").add(Html.text(t.text("time"))).add("</li>"));
            page.add("</ul></dd>\n");
        }
        if (e.has("mode")) {
            String mode = e.iri("mode");
            json.put("eventAttendanceMode", mode);
            page.add("<dt>Attendance</dt><dd>").add(Html.text(attendance(mode))).add("</dd>\n");
        }
        optionalFact(page, "Venue as stated", e.text("venue"));
        optionalFact(page, "Location", e.text("location"));
        optionalFact(page, "Language", e.text("language"));
        if (e.has("url")) {
            page.add("<dt>Event page</dt><dd>").add(Html.link(e.text("url"), e.text("url"))).add("</dd>\n");
            json.put("url", e.text("url"));
        }
        page.add("</dl>\n");
        if (e.has("description")) {
            json.put("description", e.text("description"));
        }

        page.add(participants(sparql.select(PARTICIPANTS, iri), links, json));
        page.add(organizations(sparql.select(ORGANIZATIONS, iri), links, json));
        page.add(partOf(sparql.select(PART_OF, iri), sparql.select(STATEMENTS, iri), links, json));
        page.add(concepts(sparql.select(CONCEPTS, iri), links));
        if (e.has("description")) {
            page.add(EntityPages.section("description", "Description", Html.paragraphs(e.text("description"))));
        }
        page.add(facets(sparql.select(FACETS, iri), links, json));
        page.add(related(sparql.select(RELATED, iri), links));
        page.add(source(sparql.select(SOURCE, iri), links));
        page.jsonLd = SchemaJson.write(json);
        return Optional.of(page);
    }

    private static String participants(List<Row> rows, Links links, ObjectNode json) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<ol class=\"participants\">\n");
        for (List<Row> one : EntityPages.groupBy(rows, "order").values()) {
            Row p = one.get(0);
            String name = p.has("name") ? p.text("name") : p.text("statedName");
            SchemaJson.array(json, "performer").add(SchemaJson.ref("Person", p.iri("person"), name));
            out.append("<li value=\"").append(p.number("order")).append("\"><span class=\"who\">")
                    .append(links.to(p.iri("person"), name)).append("</span>");
            if (p.has("roleLabel")) {
                out.append(" <span class=\"role\">").append(Html.text(p.text("roleLabel"))).append("</span>");
            }
            if (p.has("statedName") && !p.text("statedName").equals(name)) {
                out.append(" <span class=\"stated-name\">(named on the page as ").append(Html.text(p.text("statedName"))).append(")</span>");
            }
            if (p.has("position")) {
                out.append("<div class=\"position\">").append(Html.text(p.text("position"))).append("</div>");
            }
            String posts = posts(one, links);
            if (!posts.isEmpty()) {
                out.append("<div class=\"posts\">Posts: ").append(posts).append("</div>");
            }
            if (p.has("session")) {
                out.append("<div class=\"session\">Session: ").append(Html.text(p.text("session"))).append("</div>");
            }
            if (p.has("note")) {
                out.append("<div class=\"note\">").append(Html.text(p.text("note"))).append("</div>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
        return EntityPages.section("participants", "Participants", out.toString());
    }

    /** The posts of one participation: "Director at WELDO; ...". */
    static String posts(List<Row> rows, Links links) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.has("post") && !seen.containsKey(r.iri("post"))) {
                String text = links.to(r.iri("post"), r.text("postLabel"));
                if (r.has("org")) {
                    text += " at " + links.to(r.iri("org"), r.text("orgName"));
                }
                seen.put(r.iri("post"), text);
            }
        }
        return String.join("; ", seen.values());
    }

    private static String organizations(List<Row> rows, Links links, ObjectNode json) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<dl class=\"facts\">\n");
        EntityPages.groupBy(rows, "relation").forEach((relation, group) -> {
            out.append("<dt>").append(Html.text(relation)).append("</dt><dd>")
                    .append(EntityPages.linkList(group, "org", "name", links)).append("</dd>\n");
            String field = switch (relation) {
                case "Organizers" -> "organizer";
                case "Funders" -> "funder";
                default -> "sponsor";
            };
            group.forEach(r -> SchemaJson.array(json, field).add(SchemaJson.ref("Organization", r.iri("org"), r.text("name"))));
        });
        out.append("</dl>\n");
        return EntityPages.section("organizations", "Organizations", out.toString());
    }

    private static String partOf(List<Row> series, List<Row> statements, Links links, ObjectNode json) {
        if (series.isEmpty() && statements.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<ul>\n");
        for (Row s : series) {
            out.append("<li>").append(Html.text(s.text("kind"))).append(": ").append(links.to(s.iri("series"), s.text("name"))).append("</li>\n");
            if ("Series".equals(s.text("kind"))) {
                SchemaJson.array(json, "superEvent").add(SchemaJson.ref("EventSeries", s.iri("series"), s.text("name")));
            }
        }
        out.append("</ul>\n");
        statements.forEach(s -> out.append("<blockquote>").append(Html.text(s.text("statement"))).append("</blockquote>\n"));
        return EntityPages.section("series", "Series and partnerships", out.toString());
    }

    private static String concepts(List<Row> rows, Links links) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Map<String, List<Row>> byKind = EntityPages.groupBy(rows, "kind");
        if (byKind.containsKey("objective")) {
            out.append("<h3>GCM objectives</h3>\n<ul class=\"concepts\">\n");
            for (Row r : distinct(byKind.get("objective"), "concept")) {
                out.append("<li><span class=\"notation\">").append(Html.text(r.text("notation"))).append("</span> ")
                        .append(links.to(r.iri("concept"), r.text("label"))).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (byKind.containsKey("theme")) {
            out.append("<h3>Cross-cutting themes (GCM guiding principles)</h3>\n<ul class=\"concepts\">\n");
            for (Row r : distinct(byKind.get("theme"), "concept")) {
                out.append("<li>").append(links.to(r.iri("concept"), r.text("label"))).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        return EntityPages.section("objectives", "Global Compact for Migration", out.toString());
    }

    private static String facets(List<Row> rows, Links links, ObjectNode json) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<dl class=\"facts\">\n");
        EntityPages.groupBy(rows, "field").forEach((field, group) -> {
            out.append("<dt>").append(Html.text(field)).append("</dt><dd>");
            for (int i = 0; i < group.size(); i++) {
                Row r = group.get(i);
                out.append(i == 0 ? "" : ", ").append(r.iri("value") != null ? links.to(r.iri("value"), r.iri("value")) : Html.text(r.text("value")));
                if (field.equals("Topics")) {
                    SchemaJson.array(json, "keywords").add(r.text("value"));
                }
            }
            out.append("</dd>\n");
        });
        out.append("</dl>\n");
        return EntityPages.section("facets", "Topics and scope", out.toString());
    }

    private static String related(List<Row> rows, Links links) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<ol class=\"related\">\n");
        for (List<Row> one : EntityPages.groupBy(rows, "other").values()) {
            Row r = one.get(0);
            out.append("<li><div>").append(links.to(r.iri("other"), r.text("otherName")));
            if (r.has("otherStart")) {
                out.append(" <span class=\"date\">").append(Dates.shortTime(r.text("otherStart"))).append("</span>");
            }
            out.append(" <span class=\"score\">score ").append(Html.text(r.text("score"))).append("</span></div>\n<ul class=\"reasons\">\n");
            for (List<Row> reason : EntityPages.groupBy(one, "type").values()) {
                Row first = reason.get(0);
                if (!first.has("type")) {
                    continue;
                }
                out.append("<li><span class=\"reason\">").append(Html.text(humanize(first.text("type")))).append("</span> ")
                        .append("<span class=\"weight\">(weight ").append(Html.text(first.text("weight"))).append(")</span>");
                String shared = EntityPages.linkList(reason, "shared", "sharedLabel", links);
                if (!shared.isEmpty()) {
                    out.append(": ").append(shared);
                } else if (first.has("comment")) {
                    out.append(": ").append(Html.text(first.text("comment")));
                }
                out.append("</li>\n");
            }
            out.append("</ul></li>\n");
        }
        out.append("</ol>\n");
        return EntityPages.section("related", "Related events", out.toString());
    }

    /** Every record the event is made from: one block of provenance each (two sites' pages about one event give two). */
    private static String source(List<Row> rows, Links links) {
        if (rows.isEmpty()) {
            return "";
        }
        Map<String, List<Row>> graphs = EntityPages.groupBy(rows, "graph");
        StringBuilder out = new StringBuilder();
        graphs.values().forEach(graph -> out.append(sourceFacts(graph.get(0), links)));
        return EntityPages.section("source", graphs.size() > 1 ? "Sources and provenance" : "Source and provenance", out.toString());
    }

    private static String sourceFacts(Row s, Links links) {
        StringBuilder out = new StringBuilder("<dl class=\"facts\">\n");
        if (s.has("source")) {
            out.append("<dt>Source page</dt><dd>").append(Html.link(s.text("source"), s.has("title") ? s.text("title") : s.text("source"))).append("</dd>\n");
        }
        if (s.has("publisher")) {
            out.append("<dt>Published by</dt><dd>").append(links.to(s.iri("publisher"), s.text("publisherName"))).append("</dd>\n");
        }
        appendFact(out, "Saved copy", s.text("document"));
        appendFact(out, "Retrieved", s.text("retrieved"));
        if ("true".equals(s.text("truncated"))) {
            appendFact(out, "Note", "The saved copy is cut off; facts past the cut are missing.");
        }
        appendFact(out, "Record file", s.text("recordFile"));
        appendFact(out, "Record SHA-256", s.text("sha"));
        appendFact(out, "Loaded", s.text("loaded"));
        out.append("<dt>Record graph</dt><dd>").append(links.to(s.iri("graph"), s.iri("graph"))).append("</dd>\n</dl>\n");
        return out.toString();
    }

    private static List<Row> distinct(List<Row> rows, String var) {
        return EntityPages.groupBy(rows, var).values().stream().map(l -> l.get(0)).toList();
    }

    private static void optionalFact(Page page, String label, String value) {
        if (value != null && !value.isBlank()) {
            page.add("<dt>").add(Html.text(label)).add("</dt><dd>").add(Html.text(value)).add("</dd>\n");
        }
    }

    private static void appendFact(StringBuilder out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.append("<dt>").append(Html.text(label)).append("</dt><dd>").append(Html.text(value)).append("</dd>\n");
        }
    }

    private static String attendance(String modeIri) {
        if (modeIri.endsWith("OnlineEventAttendanceMode")) {
            return "Online";
        }
        if (modeIri.endsWith("OfflineEventAttendanceMode")) {
            return "In person";
        }
        return "Online and in person";
    }

    static String humanize(String slug) {
        String s = slug.replace('-', ' ');
        return capitalize(s);
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
