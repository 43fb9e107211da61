package org.migkg.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.migkg.records.EventRecord;

/** Turns saved event pages into draft records: loads the page, picks the reader for its style, reads it. */
public final class PageImporter {

    private final List<EventPageReader> readers;

    public PageImporter(OrganizationLookup organizations) {
        this.readers = List.of(new MpiEventPageReader(organizations), new HubListingReader(organizations),
                new GenericPageReader(organizations));
    }

    public EventRecord importPage(Path file) {
        return importPage(file, null);
    }

    /** {@code startWhenUnstated}: the date to use, flagged for review, if the page states none (else such a page fails). */
    public EventRecord importPage(Path file, LocalDate startWhenUnstated) {
        Page page = PageLoader.load(file);
        return readerFor(page).read(page, startWhenUnstated);
    }

    EventPageReader readerFor(Page page) {
        return readers.stream().filter(r -> r.recognizes(page)).findFirst().orElseThrow();
    }
}
