package org.migkg.serve.html;

import java.util.ArrayList;
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

    static Optional<OntologyView> build(Sparql sparql, Links links, String iri, String jsonLd) {
        if (!iri.equals(EntityDescriber.ONTOLOGY)) {
            return Optional.empty();
        }
        Model m = ModelFactory.createModelForGraph(VocabularyFiles.file("migkg.ttl")).setNsPrefixes(Prefixes.MAP);
        Resource ontology = m.createResource(iri);
        String title = literal(ontology, DCTerms.title).orElse("MigKG ontology");
        Head head = EntityPages.head(title, iri, links, jsonLd).described("The classes and properties of the MigKG ontology.");

        List<Resource> own = terms(m, true);
        List<Resource> classes = own.stream().filter(OntologyPage::isClass).toList();
        List<Resource> properties = own.stream().filter(t -> !isClass(t)).toList();
        List<Resource> reused = terms(m, false);
        Map<Resource, String> anchors = anchors(own, reused);
        Resource licence = ontology.getPropertyResourceValue(DCTerms.license);
        return Optional.of(new OntologyView(head, new Heading("Ontology", title, iri),
                EntityPages.paragraphs(literal(ontology, DCTerms.description).orElse("")),
                literal(ontology, OWL.versionInfo).orElse(null), MK.NS,
                licence == null ? null : Link.guarded(licence.getURI(), licence.getURI()),
                index(classes, anchors), index(properties, anchors),
                EntityPages.paragraphs(literal(ontology, RDFS.comment).orElse("").replace("\n", "\n\n")),
                classes.stream().map(c -> describeClass(m, c, anchors, links)).toList(),
                properties.stream().map(p -> describeProperty(p, anchors, links)).toList(),
                reused.stream().map(t -> new OntologyView.Reused(anchors.get(t), Link.guarded(t.getURI(), m.shortForm(t.getURI())), kind(t))).toList()));
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

    private static List<Link> index(List<Resource> terms, Map<Resource, String> anchors) {
        return terms.stream().map(t -> new Link("#" + anchors.get(t), t.getLocalName())).toList();
    }

    private static OntologyView.Term describeClass(Model m, Resource c, Map<Resource, String> anchors, Links links) {
        List<OntologyView.Fact> facts = new ArrayList<>();
        fact(facts, "Subclass of", values(c, RDFS.subClassOf), anchors, links);
        fact(facts, "Properties with this domain", m.listSubjectsWithProperty(RDFS.domain, c).toList().stream()
                .map(r -> (RDFNode) r).toList(), anchors, links);
        fact(facts, "Properties with this range", m.listSubjectsWithProperty(RDFS.range, c).toList().stream()
                .map(r -> (RDFNode) r).toList(), anchors, links);
        fact(facts, "See also", values(c, RDFS.seeAlso), anchors, links);
        return term(c, "class", anchors, facts);
    }

    private static OntologyView.Term describeProperty(Resource p, Map<Resource, String> anchors, Links links) {
        List<OntologyView.Fact> facts = new ArrayList<>();
        fact(facts, "Domain", values(p, RDFS.domain), anchors, links);
        fact(facts, "Range", values(p, RDFS.range), anchors, links);
        fact(facts, "Subproperty of", values(p, RDFS.subPropertyOf), anchors, links);
        fact(facts, "Inverse of", values(p, OWL.inverseOf), anchors, links);
        fact(facts, "See also", values(p, RDFS.seeAlso), anchors, links);
        return term(p, kind(p), anchors, facts);
    }

    private static OntologyView.Term term(Resource t, String kind, Map<Resource, String> anchors, List<OntologyView.Fact> facts) {
        return new OntologyView.Term(anchors.get(t), t.getLocalName(), kind, t.getURI(), literal(t, RDFS.label).orElse(null),
                EntityPages.paragraphs(literal(t, RDFS.comment).orElse("")), List.copyOf(facts));
    }

    private static void fact(List<OntologyView.Fact> facts, String name, List<RDFNode> values, Map<Resource, String> anchors, Links links) {
        if (!values.isEmpty()) {
            facts.add(new OntologyView.Fact(name, values.stream().sorted(Comparator.comparing(RDFNode::toString))
                    .map(v -> reference(v, anchors, links)).toList()));
        }
    }

    /** A term of this page links to its anchor, a served IRI to its page, any other IRI to itself. */
    private static Link reference(RDFNode v, Map<Resource, String> anchors, Links links) {
        if (!v.isURIResource()) {
            return Link.text(v.toString());
        }
        Resource r = v.asResource();
        String shown = r.getModel().shortForm(r.getURI());
        String anchor = anchors.get(r);
        return anchor != null ? new Link("#" + anchor, shown) : Link.guarded(links.href(r.getURI()), shown);
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
