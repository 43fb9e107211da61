package org.migkg.rdf;

import org.migkg.text.Slugs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.migkg.link.EventFact;
import org.migkg.link.EventIdentity;
import org.migkg.link.Linked;
import org.migkg.link.Linked.EntityRef;
import org.migkg.link.Mention;
import org.migkg.link.PostRef;
import org.migkg.records.Corpus;
import org.migkg.records.DataReader;
import org.migkg.records.EventRecord;
import org.migkg.records.EventTime;
import org.migkg.records.Organization;
import org.migkg.records.SourceRecord;

/**
 * Maps a linked corpus to RDF. Every node has an IRI (no blank nodes), so the same input gives the same graph byte for
 * byte in sorted N-Quads; the only facts that change from load to load go to the separate loads graph.
 */
public final class GraphMapper {
    private final Iris iris;

    public GraphMapper(Iris iris) {
        this.iris = iris;
    }

    public Iris iris() {
        return iris;
    }

    public MappedDataset map(Corpus corpus, Linked linked, Instant loadTime) {
        return map(corpus, linked, loadTime, r -> true);
    }

    /** Maps the shared graphs of the whole corpus, and (lazily) the event graphs of the records {@code emit} accepts. */
    public MappedDataset map(Corpus corpus, Linked linked, Instant loadTime, Predicate<SourceRecord> emit) {
        List<SourceRecord> emitted = corpus.events().stream().filter(emit).toList();
        SortedSet<String> corpusIris = new TreeSet<>();
        corpus.events().forEach(r -> corpusIris.add(iris.eventGraph(r.event().id())));
        SortedSet<String> graphIris = new TreeSet<>();
        emitted.forEach(r -> graphIris.add(iris.eventGraph(r.event().id())));
        Node time = NodeFactory.createLiteralDT(loadTime.toString(), XSDDatatype.XSDdateTime);
        Supplier<Stream<MappedDataset.MappedEvent>> events = () -> emitted.stream().map(source -> {
            Node graph = NodeFactory.createURI(iris.eventGraph(source.event().id()));
            List<Triple> loads = List.of(
                    Triple.create(graph, PROV_GENERATED_AT.asNode(), time),
                    Triple.create(graph, MK.recordJson.asNode(), NodeFactory.createLiteralString(recordJson(source))),
                    Triple.create(graph, MK.recordFile.asNode(), NodeFactory.createLiteralString(source.name())),
                    Triple.create(graph, MK.sha256.asNode(), NodeFactory.createLiteralString(source.sha256())),
                    Triple.create(graph, MK.contentSignature.asNode(), NodeFactory.createLiteralString(signature(source, linked))));
            return new MappedDataset.MappedEvent(graph.getURI(), mapEvent(source, linked).getGraph(), loads);
        });
        SortedMap<String, Supplier<Stream<Graph>>> shared = new TreeMap<>();
        shared.put(iris.organizationsGraph(), () -> Stream.of(mapOrganizations(linked).getGraph()));
        shared.put(iris.peopleGraph(), () -> Stream.of(mapPeople(linked).getGraph()));
        shared.put(iris.linksGraph(), () -> linkParts(linked));
        shared.put(iris.vocabularyGraph(), () -> Stream.of(VocabularyFiles.vocabulary()));
        List<Triple> datasetLoads = List.of(Triple.create(NodeFactory.createURI(iris.dataset()), DCTerms.modified.asNode(), time));
        return new MappedDataset(corpusIris, graphIris, events, shared, datasetLoads);
    }

    /** Bump when the mapping of a record changes, so stores loaded by an older version rewrite every record graph. */
    static final String MAPPING_VERSION = "3";

    /**
     * Everything a record graph is made from: the file (its name inside the data directory, and its bytes), the
     * people and organizations linking chose for its mentions and posts, the base IRI and the mapping version; and when
     * the record is one of several of an event (or no longer names it), the event, the facts it states for it and the
     * participation of each of its mentions. Equal signatures mean equal graphs.
     */
    public String signature(SourceRecord source, Linked linked) {
        StringBuilder sb = new StringBuilder(MAPPING_VERSION).append('\n').append(iris.base()).append('\n')
                .append(source.name()).append('\n').append(source.sha256());
        EventRecord e = source.event();
        for (int i = 0; i < e.participants().size(); i++) {
            Mention mention = new Mention(e.id(), i + 1);
            sb.append('\n').append(linked.personOf().get(mention));
            for (int j = 0; j < e.participants().get(i).posts().size(); j++) {
                sb.append(' ').append(linked.organizationOfPost().get(new PostRef(mention, j)));
            }
        }
        EventIdentity.Event event = linked.events().eventOf(e.id());
        if (!event.plain()) {
            sb.append("\nevent ").append(event.id()).append(' ').append(factsStated(event, e.id()));
            for (int i = 0; i < e.participants().size(); i++) {
                EventIdentity.Participation p = linked.events().participationOf().get(new Mention(e.id(), i + 1));
                sb.append('\n').append(p.first()).append(' ').append(p.order());
            }
        }
        return DataReader.sha256(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static final org.apache.jena.rdf.model.Property PROV_GENERATED_AT =
            org.apache.jena.rdf.model.ResourceFactory.createProperty("http://www.w3.org/ns/prov#generatedAtTime");

    private static String recordJson(SourceRecord source) {
        try {
            return DataReader.JSON.writeValueAsString(source.event());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The facts an event has only one of that this record states for it. */
    private static Set<EventFact> factsStated(EventIdentity.Event event, String recordId) {
        Set<EventFact> out = EnumSet.noneOf(EventFact.class);
        event.statedBy().forEach((fact, record) -> {
            if (record.equals(recordId)) {
                out.add(fact);
            }
        });
        return out;
    }

    /**
     * A record's graph: what it states about its event (the event its records describe together), each of its
     * participants' participation (one per person and event, stating the role, name and position of the record that
     * names it first), and the graph's provenance.
     */
    Model mapEvent(SourceRecord source, Linked linked) {
        EventRecord e = source.event();
        Model m = newModel();
        EventIdentity.Event identity = linked.events().eventOf(e.id());
        Set<EventFact> facts = factsStated(identity, e.id());
        Resource event = m.createResource(iris.event(identity.id()), SchemaOrg.Event);
        if (facts.contains(EventFact.TITLE)) {
            event.addProperty(SchemaOrg.name, e.title());
            optional(event, SchemaOrg.alternateName, e.subtitle());
        }
        if (facts.contains(EventFact.TYPE)) {
            event.addProperty(MK.eventType, m.createResource(Iris.eventType(e.eventType())));
            optional(event, MK.statedType, e.statedType());
        }
        if (facts.contains(EventFact.DATES)) {
            event.addLiteral(SchemaOrg.startDate, temporal(m, e.start()));
            if (e.end() != null) {
                event.addLiteral(SchemaOrg.endDate, temporal(m, e.end()));
            }
            e.statedTimes().forEach(t -> event.addProperty(MK.statedTime, t));
        }
        if (facts.contains(EventFact.ATTENDANCE)) {
            event.addProperty(SchemaOrg.eventAttendanceMode, switch (e.attendance()) {
                case "online" -> SchemaOrg.OnlineEventAttendanceMode;
                case "in-person" -> SchemaOrg.OfflineEventAttendanceMode;
                default -> SchemaOrg.MixedEventAttendanceMode;
            });
        }
        if (facts.contains(EventFact.VENUE)) {
            optional(event, MK.statedVenue, e.venue());
        }
        if (facts.contains(EventFact.LOCATION)) {
            optional(event, SchemaOrg.location, e.location());
        }
        if (facts.contains(EventFact.DESCRIPTION)) {
            event.addProperty(SchemaOrg.description, String.join("\n\n", e.description()));
        }
        if (facts.contains(EventFact.URL)) {
            event.addProperty(SchemaOrg.url, m.createResource(e.url()));
        }
        if (facts.contains(EventFact.LANGUAGE)) {
            optional(event, SchemaOrg.inLanguage, e.language());
        }
        e.organizers().forEach(o -> event.addProperty(SchemaOrg.organizer, m.createResource(iris.organization(o))));
        e.partners().forEach(o -> event.addProperty(MK.partner, m.createResource(iris.organization(o))));
        e.funders().forEach(o -> event.addProperty(SchemaOrg.funder, m.createResource(iris.organization(o))));
        for (EventRecord.PartOf part : e.partOf()) {
            Resource series = m.createResource(iris.series(part.id()));
            boolean isSeries = part.kind().equals("series") || part.kind().equals("conference");
            series.addProperty(RDF.type, isSeries ? SchemaOrg.EventSeries : MK.Partnership);
            series.addProperty(SchemaOrg.name, part.name());
            part.organizers().forEach(o -> series.addProperty(isSeries ? SchemaOrg.organizer : SchemaOrg.member, m.createResource(iris.organization(o))));
            part.funders().forEach(o -> series.addProperty(SchemaOrg.funder, m.createResource(iris.organization(o))));
            event.addProperty(MK.partOf, series);
            if (isSeries) {
                event.addProperty(SchemaOrg.superEvent, series);
            }
            optional(event, MK.membershipStatement, part.statement());
        }
        for (int i = 0; i < e.participants().size(); i++) {
            mapParticipant(m, event, e, i, linked);
        }
        e.gcmObjectives().forEach(n -> event.addProperty(MK.addressesObjective, m.createResource(Iris.objective(n))));
        e.themes().forEach(t -> event.addProperty(MK.crossCuttingTheme, m.createResource(Iris.principle(t))));
        e.geographicScope().forEach(g -> event.addProperty(MK.geographicScope, g));
        e.topics().forEach(t -> event.addProperty(SchemaOrg.keywords, t));
        e.sdgs().forEach(g -> event.addProperty(MK.sdg, m.createResource(Iris.sdgGoal(g))));
        e.sdgTargets().forEach(t -> event.addProperty(MK.sdgTarget, m.createResource(Iris.sdgTarget(t))));
        if (facts.contains(EventFact.HUB_FACETS)) {
            EventRecord.HubFacets h = e.hubFacets();
            optional(event, MK.hubTypeOfEvent, h.typeOfEvent());
            optional(event, MK.hubEventCategory, h.eventCategory());
            h.targetAudience().forEach(a -> event.addProperty(MK.hubTargetAudience, a));
            optional(event, MK.hubWorkstreamOutput, h.workstreamOutput());
            optional(event, MK.hubRegionalReviewProcess, h.regionalReviewProcess());
        }
        e.review().forEach(r -> event.addProperty(MK.openReviewItem, r.field() + ": " + r.reason()));
        mapProvenance(m, event, source);
        return m;
    }

    /**
     * The counts graph of the whole corpus ({@link CountsGraph}), from the facts {@link #mapEvent} and the links graph
     * state about events, participations, posts and co-speaking pairs, without mapping the record graphs.
     */
    public Graph counts(Corpus corpus, Linked linked) {
        CountsGraph counts = new CountsGraph(iris);
        for (SourceRecord source : corpus.events()) {
            EventRecord e = source.event();
            EventIdentity.Event identity = linked.events().eventOf(e.id());
            String event = iris.event(identity.id());
            counts.event(event);
            if (factsStated(identity, e.id()).contains(EventFact.DATES)) {
                counts.start(event, EventTime.parse(e.start()).lexical());
            }
            e.organizers().forEach(o -> counts.organizer(event, iris.organization(o)));
            e.partners().forEach(o -> counts.partner(event, iris.organization(o)));
            e.funders().forEach(o -> counts.funder(event, iris.organization(o)));
            e.gcmObjectives().forEach(n -> counts.objective(event, Iris.objective(n)));
            for (int i = 0; i < e.participants().size(); i++) {
                EventRecord.Participant p = e.participants().get(i);
                Mention mention = new Mention(e.id(), i + 1);
                String participation = participation(linked, mention);
                boolean first = linked.events().participationOf().get(mention).first().equals(mention);
                counts.participation(participation, event, iris.person(linked.personOf().get(mention)), first ? Iris.role(p.role()) : null);
                for (int j = 0; j < p.posts().size(); j++) {
                    String orgId = linked.organizationOfPost().get(new PostRef(mention, j));
                    if (p.posts().get(j).title() != null && orgId != null) {
                        counts.post(participation, iris.organization(orgId));
                    }
                }
            }
        }
        linked.coSpeakers().forEach(c -> counts.coSpeaking(iris.coSpeaking(c.personA(), c.personB()),
                c.events().stream().map(iris::event).toList()));
        return counts.graph();
    }

    /** The participation a mention is part of: that of the event's first mention of the person. */
    private String participation(Linked linked, Mention mention) {
        Mention first = linked.events().participationOf().get(mention).first();
        return iris.participation(first.eventId(), first.order());
    }

    private void mapParticipant(Model m, Resource event, EventRecord e, int index, Linked linked) {
        EventRecord.Participant p = e.participants().get(index);
        Mention mention = new Mention(e.id(), index + 1);
        Resource person = m.createResource(iris.person(linked.personOf().get(mention)));
        event.addProperty(SchemaOrg.performer, person);
        EventIdentity.Participation joined = linked.events().participationOf().get(mention);
        Resource participation = m.createResource(participation(linked, mention), MK.Participation);
        event.addProperty(MK.participation, participation);
        participation.addProperty(MK.event, event);
        participation.addProperty(MK.participant, person);
        participation.addProperty(MK.statedIn, m.createResource(iris.eventGraph(e.id())));
        if (joined.first().equals(mention)) {
            participation.addProperty(MK.role, m.createResource(Iris.role(p.role())));
            participation.addLiteral(MK.order, m.createTypedLiteral(Integer.toString(joined.order()), XSDDatatype.XSDinteger));
            participation.addProperty(MK.statedName, p.name());
            optional(participation, MK.roleBasis, p.roleBasis());
            optional(participation, MK.statedHonorific, p.honorific());
            optional(participation, MK.session, p.session());
            optional(participation, MK.statedPosition, p.statedPosition());
            optional(participation, RDFS.comment, p.note());
        }
        for (int j = 0; j < p.posts().size(); j++) {
            EventRecord.Post post = p.posts().get(j);
            String orgId = linked.organizationOfPost().get(new PostRef(mention, j));
            if (post.title() == null) {
                if (orgId != null) {
                    Resource organization = m.createResource(iris.organization(orgId));
                    participation.addProperty(MK.statedAffiliation, organization);
                    person.addProperty(ORG.memberOf, organization);
                }
                continue;
            }
            Resource postNode = m.createResource(iris.post(orgId, Slugs.of(post.title())), ORG.Post);
            String former = linked.retiredOrganizationOfPost().get(new PostRef(mention, j));
            if (former != null) {
                m.createResource(iris.post(former, Slugs.of(post.title()))).addProperty(OWL.sameAs, postNode);
            }
            postNode.addProperty(RDFS.label, post.title());
            if (orgId != null) {
                postNode.addProperty(ORG.postIn, m.createResource(iris.organization(orgId)));
            }
            optional(postNode, MK.country, post.country());
            participation.addProperty(MK.heldPost, postNode);
            person.addProperty(ORG.holds, postNode);
        }
    }

    private void mapProvenance(Model m, Resource event, SourceRecord source) {
        EventRecord.Source s = source.event().source();
        Resource graph = m.createResource(iris.eventGraph(source.event().id()), MK.RecordGraph);
        graph.addProperty(RDF.type, PROV_ENTITY);
        graph.addProperty(FOAF.primaryTopic, event);
        graph.addProperty(MK.recordFile, source.name());
        graph.addProperty(MK.sha256, source.sha256());
        if (s.url() != null) {
            graph.addProperty(DCTerms.source, m.createResource(s.url()));
            graph.addProperty(PROV_DERIVED_FROM, m.createResource(s.url()));
        }
        optional(graph, MK.sourceDocument, s.document());
        optional(graph, DCTerms.title, s.title());
        if (s.retrieved() != null) {
            graph.addLiteral(MK.retrieved, m.createTypedLiteral(s.retrieved(), XSDDatatype.XSDdate));
        }
        if (s.publisher() != null) {
            graph.addProperty(DCTerms.publisher, m.createResource(iris.organization(s.publisher())));
        }
        if (Boolean.TRUE.equals(s.truncated())) {
            graph.addLiteral(MK.truncatedSource, true);
        }
    }

    Model mapOrganizations(Linked linked) {
        Model m = newModel();
        for (Organization o : linked.organizations()) {
            Resource org = m.createResource(iris.organization(o.id()), SchemaOrg.Organization);
            org.addProperty(RDF.type, ORG.Organization);
            org.addProperty(SchemaOrg.name, o.name());
            org.addProperty(SKOS.prefLabel, o.name());
            o.acronyms().forEach(a -> org.addProperty(SchemaOrg.alternateName, a));
            o.otherNames().forEach(n -> org.addProperty(SchemaOrg.alternateName, n));
            optional(org, MK.country, o.country());
            if (o.homepage() != null) {
                org.addProperty(SchemaOrg.url, m.createResource(o.homepage()));
            }
            if (o.parent() != null) {
                Resource parent = m.createResource(iris.organization(o.parent()));
                org.addProperty(ORG.subOrganizationOf, parent);
                org.addProperty(SchemaOrg.parentOrganization, parent);
            }
            o.replaces().forEach(old -> m.createResource(iris.organization(old)).addProperty(OWL.sameAs, org));
        }
        linked.unreviewedOrganizations().forEach(id -> m.createResource(iris.organization(id)).addLiteral(MK.unreviewed, true));
        return m;
    }

    Model mapPeople(Linked linked) {
        Model m = newModel();
        for (Linked.Person p : linked.people().values()) {
            Resource person = m.createResource(iris.person(p.id()), SchemaOrg.Person);
            person.addProperty(SchemaOrg.name, p.name());
            p.alternateNames().forEach(n -> person.addProperty(SchemaOrg.alternateName, n));
            for (int i = 0; i < p.evidence().size(); i++) {
                Linked.Evidence ev = p.evidence().get(i);
                Resource node = m.createResource(iris.person(p.id()) + "/evidence/" + (i + 1), MK.IdentityEvidence);
                person.addProperty(MK.identityEvidence, node);
                node.addProperty(MK.rule, ev.rule());
                node.addLiteral(MK.score, decimal(m, ev.score()));
                ev.mentions().forEach(mn -> node.addProperty(MK.mention, m.createResource(participation(linked, mn))));
                optional(node, RDFS.comment, ev.detail());
            }
            p.replaces().forEach(old -> m.createResource(iris.person(old)).addProperty(OWL.sameAs, person));
        }
        for (Linked.UncertainPair u : linked.uncertain()) {
            String a = linked.personOf().get(u.a());
            String b = linked.personOf().get(u.b());
            if (a != null && b != null && !a.equals(b)) {
                underReview(m, a, u.nameB(), b);
                underReview(m, b, u.nameA(), a);
            }
        }
        return m;
    }

    /** The question only, not the linker's reason: the reason depends on what earlier loads published, the graph must not. */
    private void underReview(Model m, String person, String otherName, String other) {
        m.createResource(iris.person(person)).addProperty(MK.identityUnderReview,
                "might be the same person as " + otherName + " <" + iris.person(other) + ">");
    }

    /** The links graph whole, in memory. */
    Model mapLinks(Linked linked) {
        return ModelFactory.createModelForGraph(MappedDataset.whole(() -> linkParts(linked))).setNsPrefixes(Prefixes.MAP);
    }

    /** The links graph one relation, co-speaking pair or event of several records at a time: no triple is in two parts. */
    Stream<Graph> linkParts(Linked linked) {
        Map<String, List<EventIdentity.Participation>> joined = new HashMap<>();
        linked.events().participationOf().forEach((mention, p) -> {
            if (p.first().equals(mention) && p.mentions().size() > 1) {
                joined.computeIfAbsent(linked.events().eventOfRecord().get(mention.eventId()), k -> new ArrayList<>()).add(p);
            }
        });
        return Stream.of(linked.relations().stream().map(r -> relation(r).getGraph()),
                linked.coSpeakers().stream().map(c -> coSpeaking(c).getGraph()),
                linked.events().events().values().stream().filter(e -> !e.retired().isEmpty() || !e.evidence().isEmpty())
                        .map(e -> sameEvent(e, joined.getOrDefault(e.id(), List.of())).getGraph()),
                linked.events().uncertain().stream().map(u -> eventsUnderReview(linked, u)).filter(Objects::nonNull)
                        .map(Model::getGraph)).flatMap(s -> s);
    }

    /** Two events that might be one, each marked with the question (not the score, which moves as records are added). */
    private Model eventsUnderReview(Linked linked, EventIdentity.UncertainEvents u) {
        String a = linked.events().eventOfRecord().get(u.recordA());
        String b = linked.events().eventOfRecord().get(u.recordB());
        if (a == null || b == null || a.equals(b)) {
            return null;
        }
        Model m = ModelFactory.createDefaultModel();
        m.createResource(iris.event(a)).addProperty(MK.identityUnderReview, "might be the same event as <" + iris.event(b) + ">");
        m.createResource(iris.event(b)).addProperty(MK.identityUnderReview, "might be the same event as <" + iris.event(a) + ">");
        return m;
    }

    /**
     * The ids an event's other records and curators retired, as owl:sameAs the event (and the participation IRIs of
     * mentions joined to another record's participation, as owl:sameAs that one), and why its records are one.
     */
    private Model sameEvent(EventIdentity.Event e, List<EventIdentity.Participation> joined) {
        Model m = ModelFactory.createDefaultModel();
        Resource event = m.createResource(iris.event(e.id()));
        e.retired().forEach(old -> m.createResource(iris.event(old)).addProperty(OWL.sameAs, event));
        for (EventIdentity.Participation p : joined) {
            Resource participation = m.createResource(iris.participation(p.first().eventId(), p.first().order()));
            p.mentions().stream().filter(x -> !x.equals(p.first()))
                    .forEach(x -> m.createResource(iris.participation(x.eventId(), x.order())).addProperty(OWL.sameAs, participation));
        }
        for (int i = 0; i < e.evidence().size(); i++) {
            EventIdentity.Evidence ev = e.evidence().get(i);
            Resource node = m.createResource(iris.event(e.id()) + "/evidence/" + (i + 1), MK.SameEventEvidence);
            event.addProperty(MK.sameEventEvidence, node);
            node.addProperty(MK.rule, ev.rule());
            node.addLiteral(MK.score, decimal(m, ev.score()));
            node.addProperty(MK.mergedRecord, m.createResource(iris.eventGraph(ev.recordA())));
            node.addProperty(MK.mergedRecord, m.createResource(iris.eventGraph(ev.recordB())));
            for (Linked.Reason reason : ev.reasons()) {
                Resource r = m.createResource(node.getURI() + "/reason/" + reason.type(), MK.RelationReason);
                node.addProperty(MK.matchReason, r);
                r.addProperty(MK.reasonType, reason.type());
                r.addLiteral(MK.weight, decimal(m, reason.weight()));
                reason.shared().forEach(x -> r.addProperty(MK.sharedEntity, m.createResource(entity(x))));
                optional(r, RDFS.comment, reason.explanation());
            }
        }
        return m;
    }

    private Model relation(Linked.EventRelation r) {
        // Parts carry no prefixes: there is one per relation, and prefixes are a matter of how a graph is written.
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(iris.event(r.eventA()));
        Resource b = m.createResource(iris.event(r.eventB()));
        a.addProperty(MK.relatedEvent, b);
        b.addProperty(MK.relatedEvent, a);
        Resource rel = m.createResource(iris.relation(r.eventA(), r.eventB()), MK.EventRelation);
        rel.addProperty(MK.relates, a).addProperty(MK.relates, b);
        rel.addLiteral(MK.score, decimal(m, r.score()));
        for (Linked.Reason reason : r.reasons()) {
            Resource node = m.createResource(rel.getURI() + "/reason/" + reason.type(), MK.RelationReason);
            rel.addProperty(MK.reason, node);
            node.addProperty(MK.reasonType, reason.type());
            node.addLiteral(MK.weight, decimal(m, reason.weight()));
            reason.shared().forEach(s -> node.addProperty(MK.sharedEntity, m.createResource(entity(s))));
            optional(node, RDFS.comment, reason.explanation());
        }
        return m;
    }

    private Model coSpeaking(Linked.CoSpeaking c) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(iris.person(c.personA()));
        Resource b = m.createResource(iris.person(c.personB()));
        a.addProperty(MK.coSpeaker, b);
        b.addProperty(MK.coSpeaker, a);
        Resource node = m.createResource(iris.coSpeaking(c.personA(), c.personB()), MK.CoSpeaking);
        node.addProperty(MK.coSpeakerPerson, a).addProperty(MK.coSpeakerPerson, b);
        c.events().forEach(e -> node.addProperty(MK.sharedEvent, m.createResource(iris.event(e))));
        return m;
    }

    private String entity(EntityRef ref) {
        return switch (ref.kind()) {
            case PERSON -> iris.person(ref.key());
            case ORGANIZATION -> iris.organization(ref.key());
            case SERIES -> iris.series(ref.key());
            case OBJECTIVE -> Iris.objective(Integer.parseInt(ref.key()));
            case THEME -> Iris.principle(ref.key());
        };
    }

    private static Literal decimal(Model m, java.math.BigDecimal value) {
        return m.createTypedLiteral(value.toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Literal temporal(Model m, String text) {
        EventTime t = EventTime.parse(text);
        return m.createTypedLiteral(t.lexical(), org.apache.jena.datatypes.TypeMapper.getInstance()
                .getSafeTypeByName(XSDDatatype.XSD + "#" + t.xsdDatatype()));
    }

    private static void optional(Resource subject, org.apache.jena.rdf.model.Property p, String value) {
        if (value != null && !value.isBlank()) {
            subject.addProperty(p, value);
        }
    }

    private static Model newModel() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.MAP);
        return m;
    }

    private static final Resource PROV_ENTITY = org.apache.jena.rdf.model.ResourceFactory.createResource("http://www.w3.org/ns/prov#Entity");
    private static final org.apache.jena.rdf.model.Property PROV_DERIVED_FROM = org.apache.jena.rdf.model.ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");
}
