package org.migkg.importer;

import java.util.ArrayList;
import java.util.List;
import org.migkg.records.EventRecord;
import org.migkg.records.EventRecord.HubFacets;
import org.migkg.records.EventRecord.Participant;
import org.migkg.records.EventRecord.Source;
import org.migkg.text.Slugs;

/**
 * Reads one saved event page into a draft record, through the same steps for every page style: the page's layout
 * ({@link LayoutReader}), its start, type, organizers, memberships, participants and attendance, each reading
 * flagging what it is not sure of into the one review list. A style's reader says what its labels mean (an MPI
 * page's "MPI Webinar"), whether it carries hub facets, and who publishes it.
 */
public abstract class EventPageReader {

    protected final OrganizationLookup organizations;
    private final OrganizerReading organizers;
    private final PartnershipReading partnerships;
    private final ParticipantReading participants;

    protected EventPageReader(OrganizationLookup organizations) {
        this.organizations = organizations;
        this.organizers = new OrganizerReading(organizations);
        this.partnerships = new PartnershipReading(organizations);
        this.participants = new ParticipantReading(organizations);
    }

    /** Whether this reader knows the page's style. */
    public abstract boolean recognizes(SavedPage page);

    /** The reader's name in messages. */
    public abstract String style();

    /** Who publishes pages of this style, when the page's address does not tell. */
    protected String defaultPublisher() {
        return null;
    }

    /** MPI pages put their own label ("MPI Webinar") under the date: it is the stated type. */
    protected boolean labelsStateType() {
        return false;
    }

    /** Hub listings end with a facet list. */
    protected boolean hasFacets() {
        return false;
    }

    /** Reads the page with what the curator said of it. */
    public EventRecord read(SavedPage page, ImportOptions options) {
        ReviewList review = new ReviewList();
        PageLayout layout = LayoutReader.read(page, options, hasFacets(), review);
        EventStart start = EventStart.read(page, layout.texts(), options, review);

        HubFacetList facets = HubFacetList.read(hasFacets() ? layout.facetLines() : List.of());
        String statedType = labelsStateType()
                ? layout.labels().stream().filter(l -> EventTypes.in(l).isPresent()).findFirst().orElse(null) : null;
        String eventType = EventTypeReading.of(statedType, facets, layout, review);
        String publisher = publisher(page);
        List<String> organizerIds = organizers.of(page, layout, statedType, facets, hasFacets(), publisher, review);
        PartnershipReading.Found joined = partnerships.of(layout.prose(), start.year(), organizerIds, hasFacets(), review);
        boolean truncated = LineShape.isTruncated(page);

        List<Participant> people = participants.of(page, layout, review);
        String attendance = AttendanceReading.of(page, layout, eventType, review);
        if (layout.subtitle() != null) {
            review.flag("/subtitle", "a line under the title that is neither a label nor a participant; check it is the subtitle");
        }
        String title = layout.title();
        String id = Slugs.eventId(start.idPrefix(), title);

        HubFacets hub = hubFacets(facets, review);
        Source source = new Source(page.url(), title, page.documentName(), null, publisher, truncated ? Boolean.TRUE : null);
        return new EventRecord("../schema/event.schema.json", id, title, layout.subtitle(), eventType, statedType,
                start.start(), start.end(), start.statedTimes(), attendance, layout.venue(), layout.location(),
                new ArrayList<>(), null, null, organizerIds, joined.partners(), joined.funders(), joined.partOf(), people,
                objectives(layout, facets), facets.themes, facets.get("Geographic Scope"), List.of(), facets.sdgs,
                facets.sdgTargets, hub, source, review.items());
    }

    /** The hub's facets, else the objectives the text names by number. */
    private static List<Integer> objectives(PageLayout layout, HubFacetList facets) {
        if (!facets.objectives.isEmpty()) {
            return facets.objectives;
        }
        List<String> all = new ArrayList<>();
        all.add(layout.title());
        all.addAll(layout.texts());
        return StatedObjectives.in(String.join("\n", all));
    }

    private static HubFacets hubFacets(HubFacetList facets, ReviewList review) {
        facets.unread.forEach(u -> review.flag("/hubFacets", "a facet value the importer could not place: \"" + u + "\""));
        List<String> type = facets.get("Type of Event");
        List<String> category = facets.get("Event Category");
        List<String> workstream = facets.get("Workstream Output");
        List<String> regional = facets.get("Regional Review Process");
        List<String> audience = facets.get("Target Audience");
        if (type.isEmpty() && category.isEmpty() && workstream.isEmpty() && regional.isEmpty() && audience.isEmpty()) {
            return null;
        }
        return new HubFacets(first(type), first(category), audience, first(workstream), first(regional));
    }

    private String publisher(SavedPage page) {
        if (page.url() != null) {
            return WebAddress.host(page.url()).flatMap(organizations::idOfWebsite).orElse(null);
        }
        return defaultPublisher();
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }
}
