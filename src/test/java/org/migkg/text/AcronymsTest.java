package org.migkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcronymsTest {

    @Test
    void aNameSpellsTheInitialsOfItsSignificantWords() {
        assertTrue(Acronyms.spells("MFA", "Migrant Forum in Asia"));
        assertTrue(Acronyms.spells("IOM", "International Organization for Migration"));
        assertTrue(Acronyms.spells("OFII", "Office français de l'immigration et de l'intégration"));
        assertFalse(Acronyms.spells("MPI", "Migrant Forum in Asia"));
        assertEquals("", Acronyms.initialsOf("Fedasil"));
    }

    @Test
    void onlyASingleWordOfCapitalsIsAnAcronym() {
        assertTrue(Acronyms.isAcronym("UNHCR"));
        assertTrue(Acronyms.isAcronym("G20"));
        assertFalse(Acronyms.isAcronym("Fedasil"));
        assertFalse(Acronyms.isAcronym("M"));
        assertFalse(Acronyms.isAcronym("Migrant Forum"));
    }
}
