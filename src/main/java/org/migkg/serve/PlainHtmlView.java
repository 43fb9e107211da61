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
 * The fallback page of an entity ({@code plain.jte}): its description as a table (subject, property, value), the same
 * description as JSON-LD in the head, and links to the RDF forms. Links to other served IRIs point at this server;
 * only what {@link LinkGuard} allows becomes a link.
 */
public final class PlainHtmlView implements HtmlView {
    @Override
    public Optional<String> render(String iri, Model description, StoreReader store) {
        IriPaths paths = new IriPaths(store.iris());
        String self = paths.pathOf(iri).orElse(iri);
        List<PlainPage.Form> forms = Representation.RDF.stream()
                .map(r -> new PlainPage.Form(r.mediaType(), self + r.suffix(), r.label())).toList();
        List<PlainPage.TableRow> statements = sorted(description).stream()
                .map(s -> new PlainPage.TableRow(cell(s.getSubject(), description, paths), cell(s.getPredicate(), description, paths),
                        cell(s.getObject(), description, paths)))
                .toList();
        String label = label(description, iri);
        return Optional.of(Templates.render("plain.jte",
                new PlainPage(label, iri, forms, HtmlEscape.scriptJson(jsonLd(description)), statements)));
    }

    private static List<Statement> sorted(Model m) {
        return m.listStatements().toList().stream()
                .sorted(Comparator.comparing((Statement s) -> s.getSubject().toString())
                        .thenComparing(s -> s.getPredicate().getURI())
                        .thenComparing(s -> s.getObject().toString()))
                .toList();
    }

    private static PlainPage.Cell cell(RDFNode n, Model m, IriPaths paths) {
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            return new PlainPage.Cell(l.getLexicalForm(), null, l.getLanguage().isEmpty() ? null : l.getLanguage());
        }
        String iri = n.asResource().getURI();
        String href = paths.pathOf(iri).orElse(iri);
        return new PlainPage.Cell(m.shortForm(iri), LinkGuard.allows(href) ? href : null, null);
    }

    static String label(Model m, String iri) {
        return Labels.of(m, m.createResource(iri)).orElse(iri);
    }

    private static String jsonLd(Model description) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        JsonLdContext.writeInline(description.getGraph(), out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
