package org.migkg.serve.html;

import java.util.List;

/**
 * One library query's page: its parameter form (no form when it has none), then either why it cannot run, or the
 * links to its results elsewhere, the results themselves and the query text.
 */
public record LibraryView(Head head, String title, String description, String action, List<Parameter> parameters,
                          String error, String csv, String json, String editor, Results results, String queryText) {

    public record Parameter(String id, String name, String requirement, String description, String value) {}

    /** A table of rows (cells are links for IRIs, text otherwise, empty when unbound), or a message instead. */
    public record Results(String message, boolean failed, String count, List<String> vars, List<List<Link>> rows, Pager pager) {
        static Results saying(String message, boolean failed) {
            return new Results(message, failed, null, List.of(), List.of(), null);
        }
    }

    /** Which page of a paged query this is, and the pages before and after it (null where there is none). */
    public record Pager(String describe, Link previous, Link next) {}
}
