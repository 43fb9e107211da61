package org.migkg.serve.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.migkg.serve.LibraryQuery;
import org.migkg.serve.QueryLibrary;
import org.migkg.store.DatasetDescription;
import org.migkg.store.Dump;
import org.migkg.store.KnowledgeStore;
import org.migkg.store.PublishedRelease;
import org.migkg.store.StoreStats;

/** The landing page: what MigKG is, its counts, search, events over time, the query library, the ways into the data. */
final class LandingServlet extends HtmlServlet {
    private static final Query EVENTS = Sparql.parse("""
            SELECT ?event ?title ?start WHERE {
              ?event a schema:Event ; schema:name ?title ; schema:startDate ?start .
              FILTER NOT EXISTS { ?event a schema:EventSeries }
            } ORDER BY DESC(STR(?start)) ?event LIMIT 100""");
    private static final Query OBJECTIVES = Sparql.parse("""
            SELECT ?objective ?notation ?label (COUNT(DISTINCT ?event) AS ?events) WHERE {
              ?event mk:addressesObjective ?objective .
              OPTIONAL { ?objective skos:notation ?notation }
              OPTIONAL { ?objective skos:prefLabel ?label }
            } GROUP BY ?objective ?notation ?label ORDER BY xsd:integer(?notation) ?objective""");
    private static final Query OVER_TIME = Sparql.parse("""
            SELECT ?year ?series (COUNT(DISTINCT ?event) AS ?count) WHERE {
              ?event mk:addressesObjective ?objective ; schema:startDate ?start .
              ?objective skos:notation ?notation .
              OPTIONAL { ?objective skos:altLabel ?short }
              BIND (SUBSTR(STR(?start), 1, 4) AS ?year)
              BIND (CONCAT(?notation, " – ", COALESCE(?short, "")) AS ?series)
            } GROUP BY ?year ?series""");

    private final KnowledgeStore store;
    private final QueryLibrary library;
    private final PublishedRelease release;

    LandingServlet(KnowledgeStore store, QueryLibrary library) {
        this.store = store;
        this.library = library;
        this.release = new PublishedRelease(store);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, 200, page(request.getRequestURL().toString()));
    }

    Page page(String url) {
        Sparql sparql = new Sparql(store);
        Links links = new Links(store.iris());
        return sparql.read(() -> {
            StoreStats stats = StoreStats.of(store);
            Optional<String> releaseId = release.id();
            Page page = new Page("Migration-policy events");
            page.canonical = url;
            page.description = "MigKG: a knowledge graph of migration-policy events, their speakers and organizations.";
            page.alternates.add(new Page.Alternate("text/turtle", "/.well-known/void", "Dataset description (VoID)"));
            ObjectNode json = SchemaJson.top("Dataset", store.iris().dataset(), "MigKG");
            json.put("description", page.description);
            json.put("url", url);
            json.put("license", DatasetDescription.LICENSE);
            releaseId.ifPresent(id -> json.put("version", id));
            for (Dump d : published()) {
                SchemaJson.array(json, "distribution").addObject().put("@type", "DataDownload")
                        .put("encodingFormat", d.rdfMediaType()).put("contentUrl", "/" + Dump.DIRECTORY + "/" + d.file()).put("description", d.title());
            }
            page.add("""
                    <h1>MigKG</h1>
                    <p class="lead">A knowledge graph of migration-policy events: webinars and conferences on return, reintegration
                    and the Global Compact for Migration (GCM). It records who spoke at which event, in which role and holding which
                    post at the time, who organized and funded it, which GCM objectives it addressed, and how events relate.</p>
                    """);
            page.add("<dl class=\"counts\">\n")
                    .add(count("events", stats.events())).add(count("people", stats.people()))
                    .add(count("organizations", stats.organizations())).add(count("triples", stats.triples()))
                    .add("</dl>\n");
            page.add("""
                    <form class="big-search" action="/search" method="get" role="search">
                    <label for="q">Search people, events, organizations and posts</label>
                    <div class="row"><input id="q" type="search" name="q" placeholder="e.g. Aziz, reintegration, GIZ"><button type="submit">Search</button></div>
                    </form>
                    """);
            List<Row> overTime = sparql.select(OVER_TIME);
            if (!overTime.isEmpty()) {
                page.add(EntityPages.section("over-time", "Events over time by GCM objective",
                        Pictures.chartFigure(page, "objectives-over-time", "Events per year, by the GCM objective they address",
                                Pictures.eventsOverTime(overTime))));
            }
            page.add(EntityPages.section("events", "Events", EntityPages.eventList(sparql.select(EVENTS), links)));
            List<Row> objectives = sparql.select(OBJECTIVES);
            if (!objectives.isEmpty()) {
                StringBuilder list = new StringBuilder("<ul class=\"concepts\">\n");
                for (Row o : objectives) {
                    list.append("<li><span class=\"notation\">").append(Html.text(o.text("notation"))).append("</span> ")
                            .append(links.to(o.iri("objective"), o.text("label"))).append(" <span class=\"count\">")
                            .append(PersonPage.count(o.number("events"), "event")).append("</span></li>\n");
                }
                page.add(EntityPages.section("objectives", "GCM objectives addressed", list.append("</ul>\n").toString()));
            }
            page.add(EntityPages.section("queries", "Query library", library()));
            page.add(EntityPages.section("data", "The data", """
                    <ul>
                    <li>SPARQL endpoint (read-only): <a href="/kg/sparql"><code>/kg/sparql</code></a>, or the <a href="/editor">query editor</a></li>
                    <li>Dataset description (VoID, DCAT): <a href="/.well-known/void"><code>/.well-known/void</code></a></li>
                    <li>Dumps for download: %s</li>
                    <li>Ontology and vocabularies: <a href="/ontology"><code>/ontology</code></a>, <a href="/gcm/objectives">GCM objectives</a>, <a href="/gcm/principles">GCM guiding principles</a></li>
                    <li>Every IRI answers with HTML or RDF: add <code>.ttl</code>, <code>.jsonld</code> or <code>.nt</code>, or send an Accept header.</li>
                    </ul>
                    """.formatted(dumps(published()))));
            page.add(EntityPages.section("licence", "Licence and citation", Citation.html(store.iris().base(), releaseId)));
            page.jsonLd = SchemaJson.write(json);
            return page;
        });
    }

    /** The dumps on disk now (JSON-LD only up to a size; none while the first publication is being written). */
    private java.util.List<Dump> published() {
        java.nio.file.Path dir = org.migkg.store.DumpWriter.directory(store);
        return java.util.Arrays.stream(Dump.values()).filter(d -> java.nio.file.Files.isRegularFile(dir.resolve(d.file()))).toList();
    }

    /** Links to the dumps of the current release, each titled with what it holds. */
    private static String dumps(java.util.List<Dump> dumps) {
        if (dumps.isEmpty()) {
            return "being written, back shortly";
        }
        StringBuilder out = new StringBuilder();
        for (Dump d : dumps) {
            out.append(out.length() == 0 ? "" : ", ").append("<a href=\"/").append(Dump.DIRECTORY).append('/').append(Html.text(d.file()))
                    .append("\" title=\"").append(Html.text(d.title())).append("\"><code>").append(Html.text(d.file())).append("</code></a>");
        }
        return out.toString();
    }

    private String library() {
        List<LibraryQuery> queries = library.queries();
        if (queries.isEmpty()) {
            return "<p>No queries are shipped with this build.</p>\n";
        }
        StringBuilder out = new StringBuilder("<ul class=\"library\">\n");
        for (LibraryQuery q : queries) {
            String name = URLEncoder.encode(q.name(), StandardCharsets.UTF_8);
            String query = URLEncoder.encode(LibraryServlet.exampleText(q), StandardCharsets.UTF_8);
            out.append("<li><h3>").append(Html.text(q.title())).append("</h3>\n<p>").append(Html.text(q.description())).append("</p>\n");
            if (!q.example().isEmpty()) {
                out.append("<p class=\"example\">Example: ").append(Html.text(LibraryServlet.describe(q.example()))).append("</p>\n");
            }
            out.append("<p class=\"actions\">")
                    .append(Html.link("/library/" + name, "Results")).append(' ')
                    .append(Html.link("/editor?name=" + name, "Open in the query editor")).append(' ')
                    .append(Html.link("/kg/sparql?query=" + query + "&format=csv", "CSV")).append(' ')
                    .append(Html.link("/kg/sparql?query=" + query + "&format=json", "JSON"))
                    .append("</p></li>\n");
        }
        return out.append("</ul>\n").toString();
    }

    private static String count(String label, long n) {
        return "<div><dt>" + Html.text(label) + "</dt><dd>" + String.format(java.util.Locale.ENGLISH, "%,d", n) + "</dd></div>\n";
    }
}
