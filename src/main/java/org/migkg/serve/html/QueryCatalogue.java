package org.migkg.serve.html;

import java.util.List;
import java.util.Optional;

/** The query library the landing page offers. */
interface QueryCatalogue {
    List<LibraryQuery> queries();

    default Optional<LibraryQuery> find(String name) {
        return queries().stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
