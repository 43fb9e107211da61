package org.migkg.records;

import java.util.List;

/**
 * Everything one load reads: the event records, the organization catalogue, the curated identity decisions and the
 * register of ids already minted.
 */
public record Corpus(List<SourceRecord> events, List<Organization> organizations, Aliases aliases, Register register,
                     List<Problem> warnings) {
    public Corpus {
        events = List.copyOf(events);
        organizations = List.copyOf(organizations);
        register = register == null ? Register.EMPTY : register;
        warnings = List.copyOf(warnings);
    }

    public Corpus(List<SourceRecord> events, List<Organization> organizations, Aliases aliases, List<Problem> warnings) {
        this(events, organizations, aliases, Register.EMPTY, warnings);
    }

    public Corpus withEvents(List<SourceRecord> replaced) {
        return new Corpus(replaced, organizations, aliases, register, warnings);
    }

    public Corpus withRegister(Register replaced) {
        return new Corpus(events, organizations, aliases, replaced, warnings);
    }

    public int openReviewItems() {
        return events.stream().mapToInt(r -> r.event().review().size()).sum();
    }
}
