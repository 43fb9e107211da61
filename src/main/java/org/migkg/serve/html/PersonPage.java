package org.migkg.serve.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;

/** A person: events over time with the role and post at each, co-speakers (a network picture), organizations. */
final class PersonPage {
    private static final int MAX_LISTED = 100;

    private static final Query PERSON = Sparql.parse("""
            SELECT ?name ?alt WHERE { ?this a schema:Person ; schema:name ?name OPTIONAL { ?this schema:alternateName ?alt } }
            ORDER BY ?alt""");
    private static final Query TIMELINE = Sparql.parse("""
            SELECT ?event ?title ?start ?p ?roleLabel ?position ?post ?postLabel ?org ?orgName WHERE {
              ?p mk:participant ?this ; mk:event ?event .
              ?event schema:name ?title ; schema:startDate ?start .
              OPTIONAL { ?p mk:role/skos:prefLabel ?roleLabel }
              OPTIONAL { ?p mk:statedPosition ?position }
              OPTIONAL { ?p mk:heldPost ?post . ?post rdfs:label ?postLabel
                         OPTIONAL { ?post org:postIn ?org . ?org schema:name ?orgName } }
            } ORDER BY STR(?start) ?event ?p ?post""");
    private static final Query ORGANIZATIONS = Sparql.parse("""
            SELECT ?org ?name (COUNT(DISTINCT ?event) AS ?events) WHERE {
              ?p mk:participant ?this ; mk:event ?event ; mk:heldPost/org:postIn ?org .
              OPTIONAL { ?org schema:name ?name }
            } GROUP BY ?org ?name ORDER BY DESC(?events) ?name""");
    private static final Query UNDER_REVIEW = Sparql.parse("""
            SELECT ?note WHERE { ?this mk:identityUnderReview ?note } ORDER BY ?note""");
    private static final Query EVIDENCE = Sparql.parse("""
            SELECT ?evidence ?rule ?score ?comment WHERE {
              ?this mk:identityEvidence ?evidence . ?evidence mk:rule ?rule ; mk:score ?score .
              OPTIONAL { ?evidence rdfs:comment ?comment }
            } ORDER BY ?evidence""");

    private PersonPage() {}

    static Optional<Page> build(Sparql sparql, Links links, String iri) {
        List<Row> person = sparql.select(PERSON, iri);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        String name = person.get(0).text("name");
        Page page = EntityPages.page(name, iri, links);
        page.description = name + ": the migration-policy events they spoke at, with role and post.";
        ObjectNode json = SchemaJson.top("Person", iri, name);
        page.add(EntityPages.heading("Person", name, iri));
        for (Row r : sparql.select(UNDER_REVIEW, iri)) {
            page.add("<p class=\"notice under-review\">Identity under review: this person ").add(Html.text(r.text("note"))).add(".</p>\n");
        }
        List<String> alternates = person.stream().filter(r -> r.has("alt")).map(r -> r.text("alt")).distinct().toList();
        if (!alternates.isEmpty()) {
            page.add("<p class=\"subtitle\">Also written as ").add(Html.text(String.join("; ", alternates))).add("</p>\n");
            alternates.forEach(a -> SchemaJson.array(json, "alternateName").add(a));
        }

        List<Row> timeline = sparql.select(TIMELINE, iri);
        StringBuilder events = new StringBuilder("<ol class=\"timeline\">\n");
        for (List<Row> one : EntityPages.groupBy(timeline, "p").values()) {
            Row r = one.get(0);
            events.append("<li><span class=\"date\">").append(Dates.shortTime(r.text("start"))).append("</span> ")
                    .append(links.to(r.iri("event"), r.text("title")));
            if (r.has("roleLabel")) {
                events.append(" <span class=\"role\">").append(Html.text(r.text("roleLabel"))).append("</span>");
            }
            if (r.has("position")) {
                events.append("<div class=\"position\">").append(Html.text(r.text("position"))).append("</div>");
            }
            String posts = EventPage.posts(one, links);
            if (!posts.isEmpty()) {
                events.append("<div class=\"posts\">Posts: ").append(posts).append("</div>");
            }
            events.append("</li>\n");
        }
        events.append("</ol>\n");
        page.add(EntityPages.section("events", "Events", events.toString()));

        List<Row> orgs = sparql.select(ORGANIZATIONS, iri);
        if (!orgs.isEmpty()) {
            StringBuilder list = new StringBuilder("<ul>\n");
            for (Row o : orgs) {
                list.append("<li>").append(links.to(o.iri("org"), o.text("name"))).append(" <span class=\"count\">")
                        .append(count(o.number("events"), "event")).append("</span></li>\n");
                SchemaJson.array(json, "affiliation").add(SchemaJson.ref("Organization", o.iri("org"), o.text("name")));
            }
            page.add(EntityPages.section("organizations", "Organizations", list.append("</ul>\n").toString()));
        }

        List<Row> coSpeakers = Pictures.coSpeakers(sparql, iri);
        if (!coSpeakers.isEmpty()) {
            StringBuilder list = new StringBuilder(Pictures.networkFigure(page, "network", "Co-speaker network of " + name,
                    Pictures.network(sparql, links, List.of(iri), coSpeakers)));
            list.append("<ul class=\"co-speakers\">\n");
            for (Row c : coSpeakers.subList(0, Math.min(coSpeakers.size(), MAX_LISTED))) {
                list.append("<li>").append(links.to(c.iri("other"), c.text("name"))).append(" <span class=\"count\">")
                        .append(count(c.number("shared"), "shared event")).append("</span></li>\n");
                SchemaJson.array(json, "knows").add(SchemaJson.ref("Person", c.iri("other"), c.text("name")));
            }
            list.append("</ul>\n");
            if (coSpeakers.size() > MAX_LISTED) {
                // A frequent speaker has hundreds: the page stays readable, the query library has them all.
                list.append("<p>").append(coSpeakers.size() - MAX_LISTED).append(" more: <a href=\"/library/co-speakers?person=")
                        .append(Html.text(java.net.URLEncoder.encode(iri, java.nio.charset.StandardCharsets.UTF_8)))
                        .append("\">all co-speakers</a></p>\n");
            }
            page.add(EntityPages.section("co-speakers", "Co-speakers", list.toString()));
        }

        List<Row> evidence = sparql.select(EVIDENCE, iri);
        if (!evidence.isEmpty()) {
            StringBuilder list = new StringBuilder("<p>Why MigKG takes these mentions to be one person:</p>\n<ul>\n");
            evidence.forEach(e -> list.append("<li>").append(Html.text(e.text("rule"))).append(" (score ")
                    .append(Html.text(e.text("score"))).append(")").append(e.has("comment") ? ": " + Html.text(e.text("comment")) : "")
                    .append("</li>\n"));
            page.add(EntityPages.section("identity", "Identity", list.append("</ul>\n").toString()));
        }
        page.jsonLd = SchemaJson.write(json);
        return Optional.of(page);
    }

    static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
