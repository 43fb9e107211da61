package org.migkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ontology files parse, declare every term the code uses, match the record schema's enums, and the shapes work. */
class OntologyFilesTest {
    private static final Path ONTOLOGY = Path.of("ontology");
    private static final Path EVENT_SCHEMA = Path.of("data/schema/event.schema.json");
    private static final String ONTOLOGY_IRI = "https://w3id.org/migkg/ontology";
    private static final String SH = "http://www.w3.org/ns/shacl#";

    private static Model migkg;
    private static Model gcm;
    private static Model roles;
    private static Model shapesModel;
    private static Shapes shapes;
    private static JsonNode eventSchema;

    @BeforeAll
    static void load() throws IOException {
        migkg = parse("migkg.ttl");
        gcm = parse("gcm.ttl");
        roles = parse("roles.ttl");
        shapesModel = parse("shapes.ttl");
        shapes = Shapes.parse(shapesModel.getGraph());
        eventSchema = new ObjectMapper().readTree(EVENT_SCHEMA.toFile());
    }

    private static Model parse(String file) {
        return RDFParser.source(ONTOLOGY.resolve(file)).lang(Lang.TURTLE).toModel();
    }

    // ---- migkg.ttl ----------------------------------------------------------------------------------------------

    private static Map<String, Resource> mkTerms() {
        Map<String, Resource> terms = new LinkedHashMap<>();
        for (Field field : MK.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                try {
                    terms.put(field.getName(), (Resource) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return terms;
    }

    @Test
    void everyTermOfMkIsDeclaredLabelledAndCommented() {
        Map<String, Resource> terms = mkTerms();
        assertTrue(terms.size() > 50, "reflection found too few MK terms: " + terms.size());
        List<String> problems = new ArrayList<>();
        Resource ontology = migkg.createResource(ONTOLOGY_IRI);
        terms.forEach((name, term) -> {
            Resource t = migkg.createResource(term.getURI());
            if (term instanceof Property) {
                boolean object = t.hasProperty(RDF.type, OWL.ObjectProperty);
                boolean datatype = t.hasProperty(RDF.type, OWL.DatatypeProperty);
                if (object == datatype) {
                    problems.add(name + ": must be exactly one of owl:ObjectProperty, owl:DatatypeProperty");
                }
            } else if (!t.hasProperty(RDF.type, OWL.Class)) {
                problems.add(name + ": not declared an owl:Class");
            }
            if (!hasEnglish(t, RDFS.label)) problems.add(name + ": no English rdfs:label");
            if (!hasEnglish(t, RDFS.comment)) problems.add(name + ": no English rdfs:comment");
            if (!t.hasProperty(RDFS.isDefinedBy, ontology)) problems.add(name + ": no rdfs:isDefinedBy <" + ONTOLOGY_IRI + ">");
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void migkgDeclaresNoTermTheCodeDoesNotKnow() {
        Set<String> known = mkTerms().values().stream().map(Resource::getURI).collect(Collectors.toSet());
        Set<String> declared = migkg.listSubjects().toList().stream()
                .filter(Resource::isURIResource)
                .map(Resource::getURI)
                .filter(uri -> uri.startsWith(MK.NS))
                .collect(Collectors.toCollection(TreeSet::new));
        declared.removeAll(known);
        assertEquals(Set.of(), declared, "terms in migkg.ttl missing from MK.java");
    }

    @Test
    void ontologyHeader() {
        Resource ontology = migkg.createResource(ONTOLOGY_IRI);
        assertTrue(ontology.hasProperty(RDF.type, OWL.Ontology));
        assertTrue(ontology.hasProperty(migkg.createProperty("http://purl.org/dc/terms/license"),
                migkg.createResource("https://creativecommons.org/licenses/by/4.0/")));
        assertEquals("mk", ontology.getProperty(migkg.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix")).getString());
        assertEquals(MK.NS, ontology.getProperty(migkg.createProperty("http://purl.org/vocab/vann/preferredNamespaceUri")).getString());
        assertTrue(ontology.hasProperty(OWL.versionInfo));
    }

    @Test
    void reusedVocabularyAlignments() {
        assertTrue(migkg.contains(res(MK.Role), RDFS.subClassOf, SKOS.Concept));
        assertTrue(migkg.contains(res(MK.EventType), RDFS.subClassOf, SKOS.Concept));
        assertTrue(migkg.contains(res(MK.Partnership), RDFS.subClassOf, res(SchemaOrg.Project)));
        assertTrue(migkg.contains(res(MK.partner), RDFS.subPropertyOf, migkg.createResource(SchemaOrg.NS + "contributor")));
        assertTrue(migkg.contains(res(MK.relatedEvent), RDF.type, OWL.SymmetricProperty));
        assertTrue(migkg.contains(res(MK.coSpeaker), RDF.type, OWL.SymmetricProperty));
        assertTrue(migkg.contains(res(MK.heldPost), RDFS.range, migkg.createResource("http://www.w3.org/ns/org#Post")));
        assertTrue(migkg.contains(res(MK.participant), RDFS.range, res(SchemaOrg.Person)));
        assertTrue(migkg.contains(res(MK.event), RDFS.range, res(SchemaOrg.Event)));
        assertTrue(migkg.contains(res(MK.order), RDFS.range, XSD.integer));
        assertTrue(migkg.contains(res(MK.score), RDFS.range, XSD.decimal));
        assertTrue(migkg.contains(res(MK.weight), RDFS.range, XSD.decimal));
        assertTrue(migkg.contains(res(MK.unreviewed), RDFS.range, XSD.xboolean));
        assertTrue(migkg.contains(res(MK.Participation), RDFS.seeAlso,
                migkg.createResource("https://w3id.org/scholarlydata/ontology/conference-ontology.owl#RoleDuringEvent")));
        assertTrue(migkg.contains(res(MK.Participation), RDFS.seeAlso, migkg.createResource("https://schema.org/Role")));
    }

    private static Resource res(Resource r) {
        return ResourceFactory.createResource(r.getURI());
    }

    private static boolean hasEnglish(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .anyMatch(l -> l.getLanguage().equals("en") && !l.getLexicalForm().isBlank());
    }

    // ---- gcm.ttl ------------------------------------------------------------------------------------------------

    private static List<Resource> conceptsIn(Model model, String scheme) {
        return model.listSubjectsWithProperty(SKOS.inScheme, model.createResource(scheme)).toList();
    }

    @Test
    void twentyThreeObjectivesNumberedOneToTwentyThree() {
        List<Resource> objectives = conceptsIn(gcm, MK.GCM_OBJECTIVES_SCHEME);
        assertEquals(23, objectives.size());
        Resource scheme = gcm.createResource(MK.GCM_OBJECTIVES_SCHEME);
        Resource target107 = gcm.createResource(Iris.sdgTarget("10.7"));
        for (int n = 1; n <= 23; n++) {
            Resource objective = gcm.createResource(Iris.objective(n));
            assertTrue(objectives.contains(objective), "missing objective " + n);
            assertTrue(objective.hasProperty(RDF.type, SKOS.Concept));
            assertTrue(objective.hasProperty(SKOS.topConceptOf, scheme));
            assertTrue(scheme.hasProperty(SKOS.hasTopConcept, objective));
            assertTrue(objective.hasProperty(SKOS.relatedMatch, target107), "objective " + n + " not related to SDG 10.7");
            Literal notation = objective.getProperty(SKOS.notation).getLiteral();
            assertEquals(String.valueOf(n), notation.getLexicalForm());
            assertEquals(XSD.xstring.getURI(), notation.getDatatypeURI(), "notation must be a plain string");
            assertEquals(1, objective.listProperties(SKOS.prefLabel).toList().size());
            assertTrue(hasEnglish(objective, SKOS.prefLabel));
            assertTrue(hasEnglish(objective, SKOS.altLabel));
        }
        Resource o21 = gcm.createResource(Iris.objective(21));
        assertEquals(gcm.createLiteral("Cooperate in facilitating safe and dignified return and readmission, "
                + "as well as sustainable reintegration", "en"), o21.getProperty(SKOS.prefLabel).getObject());
        assertEquals(gcm.createLiteral("Dignified return and reintegration", "en"), o21.getProperty(SKOS.altLabel).getObject());
        assertTrue(scheme.hasProperty(gcm.createProperty("http://purl.org/dc/terms/source"), "UN General Assembly resolution A/RES/73/195"));
    }

    @Test
    void tenPrinciplesAreTheSchemaThemesInResolutionOrder() {
        List<String> themes = enumValues("/properties/themes/items/enum");
        assertEquals(10, themes.size());
        List<Resource> principles = conceptsIn(gcm, MK.GCM_PRINCIPLES_SCHEME);
        assertEquals(10, principles.size());
        Set<String> slugs = principles.stream().map(p -> p.getURI().substring(MK.GCM_PRINCIPLE.length())).collect(Collectors.toSet());
        assertEquals(Set.copyOf(themes), slugs);
        Resource scheme = gcm.createResource(MK.GCM_PRINCIPLES_SCHEME);
        for (int i = 0; i < themes.size(); i++) {
            Resource principle = gcm.createResource(Iris.principle(themes.get(i)));
            assertEquals("15" + (char) ('a' + i), principle.getProperty(SKOS.notation).getString(), themes.get(i));
            assertTrue(scheme.hasProperty(SKOS.hasTopConcept, principle));
            assertTrue(hasEnglish(principle, SKOS.prefLabel));
        }
        assertEquals(gcm.createLiteral("International cooperation", "en"),
                gcm.createResource(Iris.principle("international-cooperation")).getProperty(SKOS.prefLabel).getObject());
    }

    // ---- roles.ttl ----------------------------------------------------------------------------------------------

    @Test
    void everyRoleOfTheSchemaIsARoleConcept() {
        checkEnumScheme(enumValues("/$defs/role/enum"), MK.ROLE, MK.ROLES_SCHEME, MK.Role);
    }

    @Test
    void everyEventTypeOfTheSchemaIsAnEventTypeConcept() {
        checkEnumScheme(enumValues("/properties/eventType/enum"), MK.EVENT_TYPE, MK.EVENT_TYPES_SCHEME, MK.EventType);
    }

    private static void checkEnumScheme(List<String> values, String ns, String schemeIri, Resource type) {
        assertFalse(values.isEmpty());
        Resource scheme = roles.createResource(schemeIri);
        assertTrue(scheme.hasProperty(RDF.type, SKOS.ConceptScheme));
        for (String slug : values) {
            Resource concept = roles.createResource(ns + slug);
            assertTrue(concept.hasProperty(RDF.type, SKOS.Concept), slug);
            assertTrue(concept.hasProperty(RDF.type, res(type)), slug);
            assertTrue(concept.hasProperty(SKOS.inScheme, scheme), slug);
            assertEquals(roles.createLiteral(slug.replace('-', ' '), "en"), concept.getProperty(SKOS.prefLabel).getObject());
            assertTrue(hasEnglish(concept, SKOS.definition), slug);
        }
        Set<String> inFile = roles.listSubjectsWithProperty(RDF.type, res(type)).toList().stream()
                .map(r -> r.getURI().substring(ns.length())).collect(Collectors.toSet());
        assertEquals(Set.copyOf(values), inFile, "concepts of " + type.getLocalName() + " not in the record schema");
    }

    private static List<String> enumValues(String pointer) {
        JsonNode node = eventSchema.at(pointer);
        assertTrue(node.isArray(), "no enum at " + pointer);
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asText()));
        return values;
    }

    // ---- shapes.ttl ---------------------------------------------------------------------------------------------

    @Test
    void shapesCompile() {
        assertFalse(shapes.isEmpty());
        assertTrue(shapes.numRootShapes() >= 10, "root shapes: " + shapes.numRootShapes());
        assertTrue(shapes.getTargetShapes().size() >= 10);
    }

    @Test
    void closedListsInShapesMatchTheGcmSchemes() {
        assertEquals(Set.copyOf(conceptsIn(gcm, MK.GCM_OBJECTIVES_SCHEME)).stream().map(Resource::getURI).collect(Collectors.toSet()),
                shapeInList(MK.addressesObjective));
        assertEquals(Set.copyOf(conceptsIn(gcm, MK.GCM_PRINCIPLES_SCHEME)).stream().map(Resource::getURI).collect(Collectors.toSet()),
                shapeInList(MK.crossCuttingTheme));
    }

    private static Set<String> shapeInList(Property path) {
        Property shPath = shapesModel.createProperty(SH, "path");
        Property shIn = shapesModel.createProperty(SH, "in");
        List<Resource> propertyShapes = shapesModel.listSubjectsWithProperty(shPath, res(path)).toList();
        assertEquals(1, propertyShapes.size(), "property shapes for " + path);
        RDFList list = propertyShapes.get(0).getPropertyResourceValue(shIn).as(RDFList.class);
        return list.iterator().toList().stream().map(n -> n.asResource().getURI()).collect(Collectors.toSet());
    }

    // ---- validation of small hand-made graphs -------------------------------------------------------------------

    private static final String BASE = "https://w3id.org/migkg/";
    private static final String EVENT_A = BASE + "id/event/2022-02-15-gender-responsive-reintegration";
    private static final String EVENT_B = BASE + "id/event/2023-07-25-improving-communications";
    private static final String PERSON_AZIZ = BASE + "id/person/sijal-aziz";

    private static final String VALID = """
            @prefix schema: <https://schema.org/> .
            @prefix org:    <http://www.w3.org/ns/org#> .
            @prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix mk:     <https://w3id.org/migkg/ontology#> .
            @prefix role:   <https://w3id.org/migkg/role/> .
            @prefix etype:  <https://w3id.org/migkg/event-type/> .
            @prefix gcmo:   <https://w3id.org/migkg/gcm/objective/> .
            @prefix gcmp:   <https://w3id.org/migkg/gcm/principle/> .
            @prefix ev:     <https://w3id.org/migkg/id/event/> .
            @prefix person: <https://w3id.org/migkg/id/person/> .
            @prefix o:      <https://w3id.org/migkg/id/org/> .
            @prefix series: <https://w3id.org/migkg/id/series/> .

            ev:2022-02-15-gender-responsive-reintegration a schema:Event ;
                schema:name "Working Towards a More Gender-Responsive Reintegration Process for Returned Migrants" ;
                schema:startDate "2022-02-15T09:00:00-05:00"^^xsd:dateTime ;
                mk:eventType etype:webinar ;
                mk:statedTime "9:00 A.M. ET (New York, DC)", "3:00 P.M. CET (Berlin, Brussels)" ;
                mk:statedVenue "MPI Webinar" ;
                schema:eventAttendanceMode schema:OnlineEventAttendanceMode ;
                schema:description "The Global Compact for Safe, Orderly, and Regular Migration (GCM) calls for ..." ;
                schema:organizer o:mpi ;
                schema:funder o:bmz ;
                mk:partOf series:mpi-giz-return-reintegration-partnership ;
                mk:membershipStatement "This webinar is part of a research partnership between MPI and GIZ." ;
                schema:performer person:sijal-aziz, person:camille-le-coz ;
                mk:participation <https://w3id.org/migkg/id/event/2022-02-15-gender-responsive-reintegration/participant/1>,
                    <https://w3id.org/migkg/id/event/2022-02-15-gender-responsive-reintegration/participant/2> ;
                mk:addressesObjective gcmo:1, gcmo:21, gcmo:23 ;
                mk:crossCuttingTheme gcmp:international-cooperation ;
                mk:sdg <http://metadata.un.org/sdg/10> ;
                mk:sdgTarget <http://metadata.un.org/sdg/10.7> ;
                mk:relatedEvent ev:2023-07-25-improving-communications .

            <https://w3id.org/migkg/id/event/2022-02-15-gender-responsive-reintegration/participant/1> a mk:Participation ;
                mk:event ev:2022-02-15-gender-responsive-reintegration ;
                mk:participant person:sijal-aziz ;
                mk:role role:speaker ;
                mk:order 1 ;
                mk:roleBasis "layout" ;
                mk:statedName "Sijal Aziz" ;
                mk:statedPosition "Director Returns and Reintegration, WELDO (Pakistan)" ;
                mk:heldPost <https://w3id.org/migkg/id/post/weldo/director-returns-and-reintegration> .

            <https://w3id.org/migkg/id/event/2022-02-15-gender-responsive-reintegration/participant/2> a mk:Participation ;
                mk:event ev:2022-02-15-gender-responsive-reintegration ;
                mk:participant person:camille-le-coz ;
                mk:role role:moderator ;
                mk:order 2 ;
                mk:statedName "Camille Le Coz" .

            ev:2023-07-25-improving-communications a schema:Event ;
                schema:name "Improving Communications in the Voluntary Return and Reintegration Network"@en ;
                schema:startDate "2023-07-25"^^xsd:date ;
                mk:eventType etype:webinar ;
                mk:partner o:giz ;
                mk:relatedEvent ev:2022-02-15-gender-responsive-reintegration .

            series:mpi-giz-return-reintegration-partnership a mk:Partnership ;
                schema:name "Research partnership between MPI and GIZ on return and reintegration" ;
                schema:member o:mpi, o:giz ;
                schema:funder o:bmz .

            person:sijal-aziz a schema:Person ;
                schema:name "Sijal Aziz" ;
                org:holds <https://w3id.org/migkg/id/post/weldo/director-returns-and-reintegration> ;
                mk:coSpeaker person:camille-le-coz .
            person:camille-le-coz a schema:Person ;
                schema:name "Camille Le Coz" ;
                mk:coSpeaker person:sijal-aziz .

            <https://w3id.org/migkg/id/post/weldo/director-returns-and-reintegration> a org:Post ;
                rdfs:label "Director Returns and Reintegration" ;
                org:postIn o:weldo ;
                mk:country "Pakistan" .

            o:mpi a schema:Organization ; schema:name "Migration Policy Institute" ; schema:alternateName "MPI" .
            o:giz a schema:Organization ; schema:name "Deutsche Gesellschaft für Internationale Zusammenarbeit" .
            o:bmz a schema:Organization ; schema:name "Federal Ministry for Economic Cooperation and Development" .
            o:weldo a schema:Organization ;
                schema:name "Women Empowerment Literacy and Development Organization" ;
                schema:alternateName "WELDO" .
            o:mpi-europe a schema:Organization ;
                schema:name "Migration Policy Institute Europe" ;
                org:subOrganizationOf o:mpi .

            <https://w3id.org/migkg/id/relation/2022-02-15-gender-responsive-reintegration--2023-07-25-improving-communications>
                a mk:EventRelation ;
                mk:relates ev:2022-02-15-gender-responsive-reintegration, ev:2023-07-25-improving-communications ;
                mk:score 2.5 ;
                mk:reason [ a mk:RelationReason ; mk:reasonType "shared-series" ; mk:weight 2.0 ;
                            mk:sharedEntity series:mpi-giz-return-reintegration-partnership ] ,
                          [ a mk:RelationReason ; mk:reasonType "shared-organizer" ; mk:weight 0.5 ;
                            mk:sharedEntity o:mpi ] .

            <https://w3id.org/migkg/graph/event/2022-02-15-gender-responsive-reintegration> a mk:RecordGraph ;
                mk:recordFile "events/2022-02-15-gender-responsive-reintegration.json" ;
                mk:sha256 "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" ;
                mk:sourceDocument "seeds/003_6382b3a922cba511.txt" ;
                dcterms:source <https://migrationnetwork.un.org/> .
            """;

    /** The hand-made data together with the vocabulary graph (ontology, GCM schemes, roles), as the store holds it. */
    private static Graph withVocabulary(String turtle) {
        Model data = ModelFactory.createDefaultModel();
        data.add(migkg).add(gcm).add(roles);
        RDFParser.fromString(turtle, Lang.TURTLE).parse(data);
        return data.getGraph();
    }

    private static ValidationReport validate(String turtle) {
        return ShaclValidator.get().validate(shapes, withVocabulary(turtle));
    }

    private static String describe(ValidationReport report) {
        StringBuilder sb = new StringBuilder();
        for (ReportEntry e : report.getEntries()) {
            sb.append('\n').append(ShLib.displayStr(e.focusNode())).append(' ')
                    .append(e.resultPath()).append(": ").append(e.message());
        }
        return sb.toString();
    }

    @Test
    void validGraphConforms() {
        ValidationReport report = validate(VALID);
        assertTrue(report.conforms(), "unexpected violations:" + describe(report));
    }

    @Test
    void vocabularyAloneConforms() {
        ValidationReport report = ShaclValidator.get().validate(shapes, withVocabulary(""));
        assertTrue(report.conforms(), "unexpected violations:" + describe(report));
    }

    static Stream<Arguments> brokenGraphs() {
        return Stream.of(
                Arguments.of("event without a name",
                        "    schema:name \"Working Towards a More Gender-Responsive Reintegration Process for Returned Migrants\" ;\n", "",
                        EVENT_A, SchemaOrg.name.getURI()),
                Arguments.of("objective 24 does not exist",
                        "mk:addressesObjective gcmo:1, gcmo:21, gcmo:23 ;", "mk:addressesObjective gcmo:1, gcmo:24 ;",
                        EVENT_A, MK.addressesObjective.getURI()),
                Arguments.of("theme outside the ten principles",
                        "mk:crossCuttingTheme gcmp:international-cooperation ;", "mk:crossCuttingTheme gcmp:peace ;",
                        EVENT_A, MK.crossCuttingTheme.getURI()),
                Arguments.of("start date as a plain string",
                        "\"2023-07-25\"^^xsd:date", "\"25 July 2023\"",
                        EVENT_B, SchemaOrg.startDate.getURI()),
                Arguments.of("two start dates",
                        "\"2023-07-25\"^^xsd:date", "\"2023-07-25\"^^xsd:date, \"2023-07-26\"^^xsd:date",
                        EVENT_B, SchemaOrg.startDate.getURI()),
                Arguments.of("unknown attendance mode",
                        "schema:OnlineEventAttendanceMode", "schema:VirtualLocation",
                        EVENT_A, SchemaOrg.eventAttendanceMode.getURI()),
                Arguments.of("role that is not in the role scheme",
                        "mk:role role:moderator ;", "mk:role role:singer ;",
                        EVENT_A + "/participant/2", MK.role.getURI()),
                Arguments.of("participation without a stated name",
                        "    mk:statedName \"Camille Le Coz\" .", "    .",
                        EVENT_A + "/participant/2", MK.statedName.getURI()),
                Arguments.of("order zero",
                        "mk:order 2 ;", "mk:order 0 ;",
                        EVENT_A + "/participant/2", MK.order.getURI()),
                Arguments.of("two participations with the same order",
                        "mk:order 2 ;", "mk:order 1 ;",
                        EVENT_A + "/participant/2", null),
                Arguments.of("unknown role basis",
                        "mk:roleBasis \"layout\" ;", "mk:roleBasis \"guessed\" ;",
                        EVENT_A + "/participant/1", MK.roleBasis.getURI()),
                Arguments.of("person with two names",
                        "schema:name \"Sijal Aziz\" ;", "schema:name \"Sijal Aziz\", \"S. Aziz\" ;",
                        PERSON_AZIZ, SchemaOrg.name.getURI()),
                Arguments.of("organizer that is not an organization",
                        "schema:organizer o:mpi ;", "schema:organizer o:nobody ;",
                        EVENT_A, SchemaOrg.organizer.getURI()),
                Arguments.of("relation with one event",
                        "mk:relates ev:2022-02-15-gender-responsive-reintegration, ev:2023-07-25-improving-communications ;",
                        "mk:relates ev:2022-02-15-gender-responsive-reintegration ;",
                        BASE + "id/relation/2022-02-15-gender-responsive-reintegration--2023-07-25-improving-communications",
                        MK.relates.getURI()),
                Arguments.of("relation score that is not positive",
                        "mk:score 2.5 ;", "mk:score 0.0 ;",
                        BASE + "id/relation/2022-02-15-gender-responsive-reintegration--2023-07-25-improving-communications",
                        MK.score.getURI()),
                Arguments.of("SDG target that is not a UN SDG IRI",
                        "<http://metadata.un.org/sdg/10.7>", "<http://metadata.un.org/sdg/10.77>",
                        EVENT_A, MK.sdgTarget.getURI()),
                Arguments.of("digest that is not SHA-256 hex",
                        "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"", "\"9F86D0\"",
                        BASE + "graph/event/2022-02-15-gender-responsive-reintegration", MK.sha256.getURI()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenGraphs")
    void brokenGraphDoesNotConform(String what, String from, String to, String focus, String path) {
        assertEquals(1, VALID.split(java.util.regex.Pattern.quote(from), -1).length - 1,
                "test data must contain exactly once: " + from);
        String broken = VALID.replace(from, to);
        ValidationReport report = validate(broken);
        assertFalse(report.conforms(), what + ": expected a violation");
        Node focusNode = NodeFactory.createURI(focus);
        boolean found = report.getEntries().stream().anyMatch(e -> e.focusNode().equals(focusNode)
                && (path == null ? e.resultPath() == null : isPath(e, path))
                && e.message() != null && !e.message().isBlank());
        if (!found) {
            fail(what + ": no violation on " + focus + " " + (path == null ? "" : path) + " with a message; got:" + describe(report));
        }
    }

    private static boolean isPath(ReportEntry entry, String iri) {
        return entry.resultPath() instanceof P_Link link && link.getNode().getURI().equals(iri);
    }

    @Test
    void violationsCarryTheShapesMessage() {
        String broken = VALID.replace("mk:addressesObjective gcmo:1, gcmo:21, gcmo:23 ;", "mk:addressesObjective gcmo:24 ;");
        ValidationReport report = validate(broken);
        List<String> messages = report.getEntries().stream().map(ReportEntry::message).toList();
        assertEquals(1, messages.size(), describe(report));
        assertTrue(messages.get(0).contains("one of the 23 GCM objectives"), messages.get(0));
    }
}
