package org.migkg.importer;

import java.time.LocalDate;

/**
 * What a curator tells the importer about a page: a start date, used (and flagged) only when the page states none,
 * and a title, which replaces whatever the page's heading lines give.
 */
public record ImportOptions(LocalDate startWhenUnstated, String title) {
    public static final ImportOptions NONE = new ImportOptions(null, null);
}
