package org.migkg.importer;

import java.nio.file.Path;
import java.util.List;
import org.migkg.records.EventRecord;

/** What importing one saved page gave: one draft per event the page describes, or the reason it was refused. */
public sealed interface PageImport permits PageImport.Drafts, PageImport.Refused {

    Path page();

    /** The drafts of the events the page describes (several for a listing), in page order. */
    record Drafts(Path page, List<EventRecord> drafts) implements PageImport {
        public Drafts {
            drafts = List.copyOf(drafts);
        }
    }

    /** A page that gives no draft, and why: one line a user reads. */
    record Refused(Path page, Reason reason, String why) implements PageImport {}

    enum Reason {
        /** A report, a biography, a list of publications: the page is not about an event. */
        NOT_AN_EVENT,
        /** Empty, binary, not text, or nothing but page furniture. */
        UNREADABLE
    }
}
