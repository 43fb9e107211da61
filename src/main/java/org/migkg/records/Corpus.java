package org.migkg.records;

import java.util.List;

/** Everything one load reads: the event records, the organization catalogue, the curated identity decisions. */
public record Corpus(List<SourceRecord> events, List<Organization> organizations, Aliases aliases, List<Problem> warnings) {
    public Corpus {
        events = List.copyOf(events);
        organizations = List.copyOf(organizations);
        warnings = List.copyOf(warnings);
    }

    public int openReviewItems() {
        return events.stream().mapToInt(r -> r.event().review().size()).sum();
    }
}
