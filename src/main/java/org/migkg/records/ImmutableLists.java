package org.migkg.records;

import java.util.List;

/** A record component's list as an immutable copy; an absent one is empty. */
final class ImmutableLists {
    private ImmutableLists() {}

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
