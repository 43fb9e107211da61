package org.migkg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatedObjectivesTest {

    @Test
    void objectivesNamedByNumberAreRead() {
        assertEquals(List.of(1), StatedObjectives.in("The session looks at GCM Objective 1 on data."));
        assertEquals(List.of(2, 5, 23), StatedObjectives.in("Under the Global Compact for Migration, objectives 2, 5 and 23 matter."));
        assertEquals(List.of(7), StatedObjectives.in("Zum Migrationspakt: GCM-Ziel 7"));
        assertEquals(List.of(12), StatedObjectives.in("l'objectif 12 du Pacte mondial pour des migrations sûres"));
    }

    @Test
    void otherNumberedObjectivesAreNotTaken() {
        assertEquals(List.of(), StatedObjectives.in("Sustainable Development Goal objective 4 on education."));
        assertEquals(List.of(), StatedObjectives.in("GCM review: objective 31 of the plan."));
    }
}
