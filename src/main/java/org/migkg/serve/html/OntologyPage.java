package org.migkg.serve.html;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.migkg.rdf.MK;
import org.migkg.rdf.Prefixes;
import org.migkg.rdf.VocabularyFiles;
import org.migkg.serve.EntityDescriber;

/**
 * The ontology ({@code /ontology}, from {@code ontology/migkg.ttl}): what it is for, then every class and property
 * with its label, comment, super-classes, domain and range. Each term's description has the term's local name as its
 * id, so {@code …/ontology#Participation} opens at Participation; terms reused from other vocabularies are listed
 * with anchors of their own.
 */
final class OntologyPage {
    private static final Set<Resource> CLASS_TYPES = Set.of(OWL.Class, RDFS.Class);
    private static final Set<Resource> PROPERTY_TYPES = Set.of(RDF.Property, OWL.ObjectProperty, OWL.DatatypeProperty,
            OWL.AnnotationProperty, OWL.FunctionalProperty, OWL.InverseFunctionalProperty, OWL2.IrreflexiveProperty,
            OWL.SymmetricProperty, OWL.TransitiveProperty);
    private static final Map<Resource, String> PROPERTY_KINDS = propertyKinds();

    private OntologyPage() {}

    static Optional<Page> build(Sparql sparql, Links links, String iri) {
        if (!iri.equals(EntityDescriber.ONTOLOGY)) {
            return Optional.empty();
        }
        Model m = ModelFactory.createModelForGraph(VocabularyFiles.file("migkg.ttl")).setNsPrefixes(Prefixes.MAP);
        Resource ontology = m.createResource(iri);
        String title = literal(ontology, DCTerms.title).orElse("MigKG ontology");
        Page page = EntityPages.page(title, iri, links);
        page.description = "The classes and properties of the MigKG ontology.";
        page.jsonLd = SchemaJson.write(SchemaJson.top("DefinedTermSet", iri, title));
        page.add(EntityPages.heading("Ontology", title, iri));
        page.add(Html.paragraphs(literal(ontology, DCTerms.description).orElse("")));
        page.add("<dl class=\"facts\">\n");
        literal(ontology, OWL.versionInfo).ifPresent(v -> page.add("<dt>Version</dt><dd>").add(Html.text(v)).add("</dd>\n"));
        page.add("<dt>Namespace</dt><dd><code>").add(Html.text(MK.NS)).add("</code> (prefix <code>mk:</code>)</dd>\n");
        Optional.ofNullable(ontology.getPropertyResourceValue(DCTerms.license))
                .ifPresent(l -> page.add("<dt>Licence</dt><dd>").add(Html.link(l.getURI(), l.getURI())).add("</dd>\n"));
        page.add("</dl>\n");

        List<Resource> own = terms(m, true);
        List<Resource> classes = own.stream().filter(OntologyPage::isClass).toList();
        List<Resource> properties = own.stream().filter(t -> !isClass(t)).toList();
        List<Resource> reused = terms(m, false);
        Map<Resource, String> anchors = anchors(own, reused);

        page.add("<nav class=\"terms\" aria-label=\"Terms\">\n<p><strong>Classes:</strong> ").add(index(classes, anchors))
                .add("</p>\n<p><strong>Properties:</strong> ").add(index(properties, anchors)).add("</p>\n</nav>\n");
        literal(ontology, RDFS.comment).ifPresent(c -> page.add(EntityPages.section("layout", "Graph layout", Html.paragraphs(c.replace("\n", "\n\n")))));
        page.add(EntityPages.section("classes", "Classes", classes.stream().map(c -> describeClass(m, c, anchors, links)).collect(Collectors.joining())));
        page.add(EntityPages.section("properties", "Properties", properties.stream().map(p -> describeProperty(p, anchors, links)).collect(Collectors.joining())));
        page.add(EntityPages.section("reused", "Terms reused from other vocabularies",
                "<p>Declared here only so that OWL tools know what kind of term each one is; they are defined by their own vocabularies.</p>\n<ul class=\"reused\">\n"
                        + reused.stream().map(t -> "<li id=\"" + Html.text(anchors.get(t)) + "\">" + Html.link(t.getURI(), m.shortForm(t.getURI()))
                        + " <small>" + Html.text(kind(t)) + "</small></li>\n").collect(Collectors.joining()) + "</ul>\n"));
        return Optional.of(page);
    }

    /** The classes and properties the file declares: its own ({@code mk:}) or those it reuses, by local name. */
    private static List<Resource> terms(Model m, boolean own) {
        return m.listSubjects().toList().stream()
                .filter(Resource::isURIResource)
                .filter(t -> isClass(t) || isProperty(t))
                .filter(t -> t.getURI().startsWith(MK.NS) == own)
                .sorted(Comparator.comparing((Resource t) -> t.getLocalName().toLowerCase(Locale.ROOT)).thenComparing(Resource::getURI))
                .toList();
    }

    /** Each term's id on the page: its local name, unless one of the ontology's own terms already has it. */
    private static Map<Resource, String> anchors(List<Resource> own, List<Resource> reused) {
        Map<Resource, String> anchors = new LinkedHashMap<>();
        own.forEach(t -> anchors.put(t, t.getLocalName()));
        for (Resource t : reused) {
            String local = t.getLocalName();
            boolean taken = anchors.containsValue(local);
            anchors.put(t, taken ? t.getModel().shortForm(t.getURI()).replace(':', '-') : local);
        }
        return anchors;
    }

    private static String index(List<Resource> terms, Map<Resource, String> anchors) {
        return terms.stream().map(t -> "<a href=\"#" + Html.text(anchors.get(t)) + "\">" + Html.text(t.getLocalName()) + "</a>")
                .collect(Collectors.joining(", "));
    }

    private static String describeClass(Model m, Resource c, Map<Resource, String> anchors, Links links) {
        StringBuilder facts = new StringBuilder();
        fact(facts, "Subclass of", values(c, RDFS.subClassOf), anchors, links);
        fact(facts, "Properties with this domain", m.listSubjectsWithProperty(RDFS.domain, c).toList().stream()
                .map(r -> (RDFNode) r).toList(), anchors, links);
        fact(facts, "Properties with this range", m.listSubjectsWithProperty(RDFS.range, c).toList().stream()
                .map(r -> (RDFNode) r).toList(), anchors, links);
        fact(facts, "See also", values(c, RDFS.seeAlso), anchors, links);
        return term(c, "class", anchors, facts);
    }

    private static String describeProperty(Resource p, Map<Resource, String> anchors, Links links) {
        StringBuilder facts = new StringBuilder();
        fact(facts, "Domain", values(p, RDFS.domain), anchors, links);
        fact(facts, "Range", values(p, RDFS.range), anchors, links);
        fact(facts, "Subproperty of", values(p, RDFS.subPropertyOf), anchors, links);
        fact(facts, "Inverse of", values(p, OWL.inverseOf), anchors, links);
        fact(facts, "See also", values(p, RDFS.seeAlso), anchors, links);
        return term(p, kind(p), anchors, facts);
    }

    private static String term(Resource t, String kind, Map<Resource, String> anchors, StringBuilder facts) {
        String id = anchors.get(t);
        StringBuilder out = new StringBuilder("<article class=\"term\" id=\"").append(Html.text(id)).append("\">\n<h3><a href=\"#")
                .append(Html.text(id)).append("\">").append(Html.text(t.getLocalName())).append("</a> <small>").append(Html.text(kind))
                .append("</small></h3>\n<p class=\"iri\"><code>").append(Html.text(t.getURI())).append("</code></p>\n");
        literal(t, RDFS.label).ifPresent(l -> out.append("<p class=\"label\">").append(Html.text(l)).append("</p>\n"));
        literal(t, RDFS.comment).ifPresent(c -> out.append(Html.paragraphs(c)));
        if (facts.length() > 0) {
            out.append("<dl class=\"facts\">\n").append(facts).append("</dl>\n");
        }
        return out.append("</article>\n").toString();
    }

    private static void fact(StringBuilder facts, String name, List<RDFNode> values, Map<Resource, String> anchors, Links links) {
        if (values.isEmpty()) {
            return;
        }
        facts.append("<dt>").append(Html.text(name)).append("</dt><dd>")
                .append(values.stream().sorted(Comparator.comparing(RDFNode::toString)).map(v -> reference(v, anchors, links)).collect(Collectors.joining(", ")))
                .append("</dd>\n");
    }

    /** A term of this page links to its anchor, a served IRI to its page, any other IRI to itself. */
    private static String reference(RDFNode v, Map<Resource, String> anchors, Links links) {
        if (!v.isURIResource()) {
            return Html.text(v.toString());
        }
        Resource r = v.asResource();
        String shown = "<code>" + Html.text(r.getModel().shortForm(r.getURI())) + "</code>";
        String anchor = anchors.get(r);
        String href = anchor != null ? "#" + anchor : links.href(r.getURI());
        return href.startsWith("#") || href.startsWith("/") || href.startsWith("http://") || href.startsWith("https://")
                ? "<a href=\"" + Html.text(href) + "\">" + shown + "</a>" : shown;
    }

    private static List<RDFNode> values(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).toList();
    }

    private static Optional<String> literal(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isLiteral() ? Optional.of(s.getString()) : Optional.empty();
    }

    private static boolean isClass(Resource t) {
        return CLASS_TYPES.stream().anyMatch(type -> t.hasProperty(RDF.type, type));
    }

    private static boolean isProperty(Resource t) {
        return PROPERTY_TYPES.stream().anyMatch(type -> t.hasProperty(RDF.type, type));
    }

    /** "object property, functional": what the OWL types say about a property; "class" for a class. */
    private static String kind(Resource t) {
        if (isClass(t)) {
            return "class";
        }
        return PROPERTY_KINDS.entrySet().stream().filter(e -> t.hasProperty(RDF.type, e.getKey())).map(Map.Entry::getValue)
                .collect(Collectors.joining(", "));
    }

    private static Map<Resource, String> propertyKinds() {
        Map<Resource, String> kinds = new LinkedHashMap<>();
        kinds.put(OWL.ObjectProperty, "object property");
        kinds.put(OWL.DatatypeProperty, "datatype property");
        kinds.put(OWL.AnnotationProperty, "annotation property");
        kinds.put(RDF.Property, "property");
        kinds.put(OWL.FunctionalProperty, "functional");
        kinds.put(OWL.InverseFunctionalProperty, "inverse functional");
        kinds.put(OWL2.IrreflexiveProperty, "irreflexive");
        kinds.put(OWL.SymmetricProperty, "symmetric");
        kinds.put(OWL.TransitiveProperty, "transitive");
        return kinds;
    }
}
