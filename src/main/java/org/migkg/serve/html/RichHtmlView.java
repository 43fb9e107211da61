package org.migkg.serve.html;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.migkg.serve.EntityDescriber;
import org.migkg.serve.HtmlView;
import org.migkg.serve.PageOutOfRange;
import org.migkg.serve.Templates;
import org.migkg.store.StoreReader;

/**
 * The web front's entity pages: events, people, organizations, GCM objectives and principles, posts, series and
 * partnerships and the ontology, each read from the store in one read transaction into a view record and written by the page kind's
 * template. The JSON-LD in the head is the entity's own part of its description
 * ({@link EntityDescriber#describeOwn(String)}); the description a caller passes is not read. Anything else gets the plain fallback page.
 */
public final class RichHtmlView implements HtmlView {
    private static final Query TYPES = Sparql.parse("SELECT ?type WHERE { ?this a ?type }");

    @Override
    public Optional<String> render(String iri, Model description, StoreReader store) {
        return render(iri, description, store, 1);
    }

    @Override
    public boolean readsDescription() {
        return false;
    }

    @Override
    public Optional<String> render(String iri, Model description, StoreReader store, int page) {
        String jsonLd = EmbeddedJsonLd.of(iri, new EntityDescriber(store).describeOwn(iri).getGraph());
        Sparql sparql = new Sparql(store);
        Links links = new Links(store.iris());
        return sparql.read(() -> {
            Set<String> types = sparql.select(TYPES, iri).stream().map(r -> r.iri("type")).collect(Collectors.toSet());
            for (Kind kind : Kind.values()) {
                if (types.stream().anyMatch(kind.types::contains)) {
                    if (page != 1 && kind.paged == null) {
                        throw new PageOutOfRange(page, 1);
                    }
                    Optional<?> view = kind.paged != null
                            ? kind.paged.build(sparql, links, iri, jsonLd, new Paging(links.href(iri), page))
                            : kind.builder.build(sparql, links, iri, jsonLd);
                    if (view.isPresent()) {
                        return Optional.of(Templates.render(kind.template, view.get()));
                    }
                }
            }
            return Optional.empty();
        });
    }

    private interface Builder {
        Optional<?> build(Sparql sparql, Links links, String iri, String jsonLd);
    }

    /** The builder of a kind whose lists grow with the corpus: it shows one page of each. */
    private interface PagedBuilder {
        Optional<?> build(Sparql sparql, Links links, String iri, String jsonLd, Paging paging);
    }

    /** The page kinds, most specific first, each with its builder and template. */
    private enum Kind {
        SERIES((PagedBuilder) SeriesPage::build, "series.jte", "https://schema.org/EventSeries", "https://w3id.org/migkg/ontology#Partnership"),
        EVENT(EventPage::build, "event.jte", "https://schema.org/Event"),
        PERSON((PagedBuilder) PersonPage::build, "person.jte", "https://schema.org/Person"),
        ORGANIZATION((PagedBuilder) OrganizationPage::build, "organization.jte", "https://schema.org/Organization"),
        POST(PostPage::build, "post.jte", "http://www.w3.org/ns/org#Post"),
        CONCEPT((PagedBuilder) ConceptPage::build, "concept.jte", "http://www.w3.org/2004/02/skos/core#Concept"),
        ONTOLOGY(OntologyPage::build, "ontology.jte", "http://www.w3.org/2002/07/owl#Ontology");

        final Builder builder;
        final PagedBuilder paged;
        final String template;
        final List<String> types;

        Kind(Builder builder, String template, String... types) {
            this.builder = builder;
            this.paged = null;
            this.template = template;
            this.types = List.of(types);
        }

        Kind(PagedBuilder paged, String template, String... types) {
            this.builder = null;
            this.paged = paged;
            this.template = template;
            this.types = List.of(types);
        }
    }
}
