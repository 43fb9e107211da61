package org.migkg.serve.html;

import java.util.List;

/** What a post's page shows: its organization and country, and who held it at which event. */
public record PostView(Head head, Heading heading, Link organization, String country, List<Holder> holders) {
    public record Holder(Link person, Link event, Time date, String position) {}
}
