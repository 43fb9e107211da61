package org.migkg.importer.scoring;

import java.util.List;

/** How the importer did on one page against its reading. */
public record PageScore(String page, Reading.Kind kind, Outcome outcome, boolean pageRight, Tally tally,
                        List<WrongField> wrong, List<MissedPerson> missedPeople) {
    public PageScore {
        wrong = List.copyOf(wrong);
        missedPeople = List.copyOf(missedPeople);
    }
}
