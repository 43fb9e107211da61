package org.migkg.importer.scoring;

import java.util.List;

/** How one draft fared against the reading of its event (or, for an event the page does not describe, against none). */
record EventScore(Tally tally, List<WrongField> wrong, List<MissedPerson> missed) {
    EventScore {
        wrong = List.copyOf(wrong);
        missed = List.copyOf(missed);
    }
}
