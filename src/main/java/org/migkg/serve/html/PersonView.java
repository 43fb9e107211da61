package org.migkg.serve.html;

import java.util.List;

/** What a person's page shows: events with role and post, organizations, co-speakers, why they are one person. */
public record PersonView(Head head, Heading heading, List<String> underReview, String alsoWrittenAs, List<Appearance> events,
                         Pager eventPages, List<Counted> organizations, Figure network, List<Counted> coSpeakers, long moreCoSpeakers,
                         String allCoSpeakers, List<Evidence> evidence) {

    /** One event the person spoke at, with the role, stated position and posts held then. */
    public record Appearance(Time date, Link event, String role, String position, List<PostHeld> posts) {}

    public record Evidence(String rule, String score, String comment) {}
}
