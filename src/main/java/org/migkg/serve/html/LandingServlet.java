package org.migkg.serve.html;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.migkg.serve.QueryLibrary;
import org.migkg.serve.Templates;
import org.migkg.store.DatasetDescription;
import org.migkg.store.Dump;
import org.migkg.store.StoreReader;
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

    private final StoreReader store;
    private final QueryLibrary library;
    private final PublishedRelease release;

    LandingServlet(StoreReader store, QueryLibrary library) {
        this.store = store;
        this.library = library;
        this.release = new PublishedRelease(store);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, 200, Templates.render("landing.jte", page(request.getRequestURL().toString())));
    }

    LandingView page(String url) {
        Sparql sparql = new Sparql(store);
        Links links = new Links(store.iris());
        return sparql.read(() -> {
            StoreStats stats = StoreStats.of(store);
            Optional<String> releaseId = release.id();
            String description = "MigKG: a knowledge graph of migration-policy events, their speakers and organizations.";
            List<Dump> dumps = published();
            Head head = Head.of("Migration-policy events").canonical(url).described(description)
                    .alternates(List.of(new Head.Alternate("text/turtle", "/.well-known/void", "Dataset description (VoID)")));
            List<Solution> overTime = sparql.select(OVER_TIME);
            Figure figure = null;
            if (!overTime.isEmpty()) {
                figure = Pictures.chartFigure("objectives-over-time", "Events per year, by the GCM objective they address",
                        Pictures.eventsOverTime(overTime));
                head = head.scripts(figure.scripts());
            }
            List<LandingView.Count> counts = List.of(count("events", stats.events()), count("people", stats.people()),
                    count("organizations", stats.organizations()), count("triples", stats.triples()));
            List<LandingView.CountedObjective> objectives = sparql.select(OBJECTIVES).stream().map(o -> new LandingView.CountedObjective(
                    o.text("notation"), links.to(o.iri("objective"), o.text("label")), EntityPages.count(o.number("events"), "event"))).toList();
            List<LandingView.Download> downloads = dumps.stream()
                    .map(d -> new LandingView.Download("/" + Dump.DIRECTORY + "/" + d.file(), d.title(), d.file())).toList();
            head = head.jsonLd(jsonLd(url, description, releaseId, dumps));
            return new LandingView(head, counts, figure, EntityPages.eventList(sparql.select(EVENTS), links), objectives,
                    library(), downloads, Citation.view(store.iris().base(), releaseId));
        });
    }

    /** The dataset as schema.org: what it is, its licence and release, and its downloads. */
    private String jsonLd(String url, String description, Optional<String> releaseId, List<Dump> dumps) {
        PageDescription json = new PageDescription("Dataset", store.iris().dataset(), "MigKG").add("description", description)
                .link("url", url).link("license", DatasetDescription.LICENSE);
        releaseId.ifPresent(id -> json.add("version", id));
        for (Dump d : dumps) {
            String file = java.net.URI.create(url).resolve("/" + Dump.DIRECTORY + "/" + d.file()).toString();
            var part = json.part("distribution", file, "DataDownload");
            json.add(part, "encodingFormat", d.rdfMediaType()).add(part, "description", d.title());
            part.addProperty(part.getModel().createProperty(PageDescription.SCHEMA + "contentUrl"), part);
        }
        return json.jsonLd();
    }

    /** The dumps on disk now (JSON-LD only up to a size; none while the first publication is being written). */
    private List<Dump> published() {
        java.nio.file.Path dir = org.migkg.store.DumpWriter.directory(store);
        return java.util.Arrays.stream(Dump.values()).filter(d -> java.nio.file.Files.isRegularFile(dir.resolve(d.file()))).toList();
    }

    private List<LandingView.LibraryEntry> library() {
        return library.queries().stream().map(q -> {
            String name = URLEncoder.encode(q.name(), StandardCharsets.UTF_8);
            String query = URLEncoder.encode(LibraryServlet.exampleText(q), StandardCharsets.UTF_8);
            return new LandingView.LibraryEntry(q.title(), q.description(), q.example().isEmpty() ? null : LibraryServlet.describe(q.example()),
                    "/library/" + name, "/editor?name=" + name, "/kg/sparql?query=" + query + "&format=csv", "/kg/sparql?query=" + query + "&format=json");
        }).toList();
    }

    private static LandingView.Count count(String label, long n) {
        return new LandingView.Count(label, String.format(java.util.Locale.ENGLISH, "%,d", n));
    }
}
