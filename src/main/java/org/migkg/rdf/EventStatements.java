package org.migkg.rdf;

import static org.migkg.rdf.StatedText.add;

import java.util.EnumSet;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.migkg.link.EventFact;
import org.migkg.link.EventIdentity;
import org.migkg.link.Linked;
import org.migkg.records.EventRecord;

/**
 * What a record states about its event: the facts an event has only one of when this record is the one that states
 * them, and everything it adds to (organizers, series and partnerships, objectives, topics, open review items).
 */
final class EventStatements {
    private final Iris iris;
    private final Linked linked;

    EventStatements(Iris iris, Linked linked) {
        this.iris = iris;
        this.linked = linked;
    }

    /** The facts an event has only one of that this record states for it. */
    static Set<EventFact> factsStated(EventIdentity.Event event, String recordId) {
        Set<EventFact> out = EnumSet.noneOf(EventFact.class);
        event.statedBy().forEach((fact, record) -> {
            if (record.equals(recordId)) {
                out.add(fact);
            }
        });
        return out;
    }

    /** Writes the statements into {@code m} and returns the event. */
    Resource write(Model m, EventRecord e) {
        EventIdentity.Event identity = linked.events().eventOf(e.id());
        Set<EventFact> facts = factsStated(identity, e.id());
        Resource event = m.createResource(iris.event(identity.id()), SchemaOrg.Event);
        if (facts.contains(EventFact.TITLE)) {
            event.addProperty(SchemaOrg.name, e.title());
            add(event, SchemaOrg.alternateName, e.subtitle());
        }
        if (facts.contains(EventFact.TYPE)) {
            event.addProperty(MK.eventType, m.createResource(Iris.eventType(e.eventType())));
            add(event, MK.statedType, e.statedType());
        }
        if (facts.contains(EventFact.DATES)) {
            event.addLiteral(SchemaOrg.startDate, TypedLiterals.temporal(m, e.start()));
            if (e.end() != null) {
                event.addLiteral(SchemaOrg.endDate, TypedLiterals.temporal(m, e.end()));
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
            add(event, MK.statedVenue, e.venue());
        }
        if (facts.contains(EventFact.LOCATION)) {
            add(event, SchemaOrg.location, e.location());
        }
        if (facts.contains(EventFact.DESCRIPTION)) {
            event.addProperty(SchemaOrg.description, String.join("\n\n", e.description()));
        }
        if (facts.contains(EventFact.URL)) {
            event.addProperty(SchemaOrg.url, m.createResource(e.url()));
        }
        if (facts.contains(EventFact.LANGUAGE)) {
            add(event, SchemaOrg.inLanguage, e.language());
        }
        e.organizers().forEach(o -> event.addProperty(SchemaOrg.organizer, m.createResource(iris.organization(o))));
        e.partners().forEach(o -> event.addProperty(MK.partner, m.createResource(iris.organization(o))));
        e.funders().forEach(o -> event.addProperty(SchemaOrg.funder, m.createResource(iris.organization(o))));
        e.partOf().forEach(part -> partOf(m, event, part));
        e.gcmObjectives().forEach(n -> event.addProperty(MK.addressesObjective, m.createResource(Iris.objective(n))));
        e.themes().forEach(t -> event.addProperty(MK.crossCuttingTheme, m.createResource(Iris.principle(t))));
        e.geographicScope().forEach(g -> event.addProperty(MK.geographicScope, g));
        e.topics().forEach(t -> event.addProperty(SchemaOrg.keywords, t));
        e.sdgs().forEach(g -> event.addProperty(MK.sdg, m.createResource(Iris.sdgGoal(g))));
        e.sdgTargets().forEach(t -> event.addProperty(MK.sdgTarget, m.createResource(Iris.sdgTarget(t))));
        if (facts.contains(EventFact.HUB_FACETS)) {
            EventRecord.HubFacets h = e.hubFacets();
            add(event, MK.hubTypeOfEvent, h.typeOfEvent());
            add(event, MK.hubEventCategory, h.eventCategory());
            h.targetAudience().forEach(a -> event.addProperty(MK.hubTargetAudience, a));
            add(event, MK.hubWorkstreamOutput, h.workstreamOutput());
            add(event, MK.hubRegionalReviewProcess, h.regionalReviewProcess());
        }
        e.review().forEach(r -> event.addProperty(MK.openReviewItem, r.field() + ": " + r.reason()));
        return event;
    }

    /** A series or conference is the event's super-event; a partnership is only what it is part of. */
    private void partOf(Model m, Resource event, EventRecord.PartOf part) {
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
        add(event, MK.membershipStatement, part.statement());
    }
}
