package org.migkg.serve.html;

import java.util.List;

/** What an event's page shows, in page order; null or empty parts are left out. */
public record EventView(Head head, Heading heading, List<Link> underReview, List<Link> mightBeSameEventAs, String subtitle, Time start, Time end,
                        List<String> statedTimes, String attendance, List<Fact> facts, Link eventPage,
                        List<Participant> participants, List<Group> organizations, List<SeriesRef> partOf,
                        List<String> statements, List<Objective> objectives, List<Link> themes, List<String> description,
                        List<Group> facets, List<Related> related, List<Source> sources) {

    /** A labelled value shown as text. */
    public record Fact(String label, String value) {}

    /** A label with its links, such as "Organizers" and who organized. */
    public record Group(String label, List<Link> links) {}

    public record Participant(long order, Link who, String role, String statedName, String position, List<PostHeld> posts,
                              String session, String note) {}

    public record SeriesRef(String kind, Link series) {}

    public record Objective(String notation, Link concept) {}

    public record Related(Link event, Time start, String score, List<Reason> reasons) {}

    /** Why two events are related: the reason, its weight, and what they share (or a comment saying it). */
    public record Reason(String label, String weight, List<Link> shared, String comment) {}

    /** One record the event is made from, with its provenance. */
    public record Source(Link page, Link publisher, List<Fact> facts, Link graph) {}

    public String sourcesHeading() {
        return sources.size() > 1 ? "Sources and provenance" : "Source and provenance";
    }
}
