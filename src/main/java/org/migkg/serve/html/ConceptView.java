package org.migkg.serve.html;

import java.util.List;

/** What a GCM objective's or principle's page shows: what it says, and the events that address it over time. */
public record ConceptView(Head head, Heading heading, String shortLabel, String definition, Link scheme, List<Link> related,
                          Figure chart, List<EventItem> events, Pager eventPages) {}
