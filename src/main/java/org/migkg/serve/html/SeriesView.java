package org.migkg.serve.html;

import java.util.List;

/** What a series' or partnership's page shows: who runs, joins or funds it, and its events. */
public record SeriesView(Head head, Heading heading, List<EventView.Group> organizations, List<EventItem> events, Pager eventPages) {}
