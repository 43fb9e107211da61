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

    /** Every event the page describes, or why it gives none; never throws for what a page holds. */
    public PageImport read(Path file, ImportOptions options) {
        try {
            SavedPage page = PageLoader.load(file);
            java.util.Optional<String> notAnEvent = PageKind.notAnEvent(page, page.lines().stream().map(SavedPage.Line::text).toList());
            if (notAnEvent.isPresent()) {
                return new PageImport.Refused(file, PageImport.Reason.NOT_AN_EVENT, notAnEvent.get());
            }
            EventPageReader reader = readerFor(page);
            List<String> texts = page.lines().stream().map(SavedPage.Line::text).toList();
            List<List<SavedPage.Line>> items = ListingSplitter.items(page.lines(), DateHints.forPage(page.url(), texts, null));
            if (items.isEmpty()) {
                return new PageImport.Drafts(file, List.of(reader.read(page, options)));
            }
            List<EventRecord> drafts = new java.util.ArrayList<>();
            for (int k = 0; k < items.size(); k++) {
                drafts.add(reader.read(page.item(items.get(k), k + 1), ImportOptions.NONE));
            }
            return new PageImport.Drafts(file, drafts);
        } catch (UnreadablePageException e) {
            return new PageImport.Refused(file, PageImport.Reason.UNREADABLE, e.why());
        }
    }

    /** The one draft of a page that describes one event; a refused page throws {@link UnreadablePageException}. */
    public EventRecord importPage(Path file) {
        return importPage(file, null);
    }

    public EventRecord importPage(Path file, LocalDate startWhenUnstated) {
        SavedPage page = PageLoader.load(file);
        return readerFor(page).read(page, new ImportOptions(startWhenUnstated, null));
    }

    EventPageReader readerFor(SavedPage page) {
        return readers.stream().filter(r -> r.recognizes(page)).findFirst().orElseThrow();
    }
}
