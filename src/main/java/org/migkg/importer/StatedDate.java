package org.migkg.importer;

import java.time.LocalDate;
import java.util.List;

/** The event's date as the page states it: start (and end for a range), the words it was read from, doubts. */
record StatedDate(LocalDate start, LocalDate end, String stated, List<String> doubts) {
    StatedDate {
        doubts = List.copyOf(doubts);
    }
}
