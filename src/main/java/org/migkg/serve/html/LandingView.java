package org.migkg.serve.html;

import java.util.List;

/** What the landing page shows: the counts, events over time, recent events, objectives, the query library, the data. */
public record LandingView(Head head, List<Count> counts, Figure overTime, List<EventItem> events,
                          List<CountedObjective> objectives, List<LibraryEntry> queries, List<Download> dumps, CitationView citation) {

    public record Count(String label, String value) {}

    public record CountedObjective(String notation, Link objective, String count) {}

    /** A library query with the links that run it. */
    public record LibraryEntry(String title, String description, String example, String results, String editor, String csv, String json) {}

    public record Download(String href, String title, String file) {}

    /** The licence and how to cite, naming the release (null before the first dumps). */
    public record CitationView(String licence, String licenceName, String text, boolean hasRelease) {}
}
