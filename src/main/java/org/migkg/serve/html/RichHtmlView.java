package org.migkg.serve.html;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.migkg.serve.HtmlView;
import org.migkg.store.KnowledgeStore;

/**
 * The web front's entity pages: events, people, organizations, GCM objectives and principles, posts, series and
 * partnerships, and the ontology, each read from the store in one read transaction. Anything else gets the plain fallback page.
 */
public final class RichHtmlView implements HtmlView {
    private static final Query TYPES = Sparql.parse("SELECT ?type WHERE { ?this a ?type }");

    @Override
    public Optional<String> render(String iri, Model description, KnowledgeStore store) {
        return page(iri, store).map(Layout::render);
    }

    Optional<Page> page(String iri, KnowledgeStore store) {
        Sparql sparql = new Sparql(store);
        Links links = new Links(store.iris());
        return sparql.read(() -> {
            Set<String> types = sparql.select(TYPES, iri).stream().map(r -> r.iri("type")).collect(Collectors.toSet());
            for (Kind kind : Kind.values()) {
                if (types.stream().anyMatch(kind.types::contains)) {
                    Optional<Page> page = kind.builder.build(sparql, links, iri);
                    if (page.isPresent()) {
                        return page;
                    }
                }
            }
            return Optional.empty();
        });
    }

    private interface Builder {
        Optional<Page> build(Sparql sparql, Links links, String iri);
    }

    /** The page kinds, most specific first. */
    private enum Kind {
        SERIES(SeriesPage::build, "https://schema.org/EventSeries", "https://w3id.org/migkg/ontology#Partnership"),
        EVENT(EventPage::build, "https://schema.org/Event"),
        PERSON(PersonPage::build, "https://schema.org/Person"),
        ORGANIZATION(OrganizationPage::build, "https://schema.org/Organization"),
        POST(PostPage::build, "http://www.w3.org/ns/org#Post"),
        CONCEPT(ConceptPage::build, "http://www.w3.org/2004/02/skos/core#Concept"),
        ONTOLOGY(OntologyPage::build, "http://www.w3.org/2002/07/owl#Ontology");

        final Builder builder;
        final List<String> types;

        Kind(Builder builder, String... types) {
            this.builder = builder;
            this.types = List.of(types);
        }
    }
}
