package org.migkg.serve.html;

import java.util.List;

/** The search page: the words searched for (empty before a search) and what matched. */
public record SearchView(Head head, String query, String count, List<Hit> hits) {
    public record Hit(String kind, Link entity) {}
}
