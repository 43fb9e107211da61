package org.migkg.serve.html;

import java.util.List;

/** What an organization's page shows: its facts, events, series, and its people through their posts. */
public record OrganizationView(Head head, Heading heading, String alsoKnownAs, String country, Link homepage, Link parent,
                               List<Link> parts, boolean unreviewed, List<EventItem> events, Pager eventPages, List<SeriesRole> series,
                               Figure network, List<Member> people, Pager peoplePages) {

    public record SeriesRole(Link series, String how) {}

    /** A person with each post they held in the organization, and at which event. */
    public record Member(Link person, List<PostAt> posts) {}

    public record PostAt(Link post, Link event, Time date) {}
}
