package org.migkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void englishGermanAndFrenchNamesGiveTheEnglishName() {
        assertEquals(Optional.of("Germany"), Countries.named("Deutschland"));
        assertEquals(Optional.of("Germany"), Countries.named("Allemagne"));
        assertEquals(Optional.of("Belgium"), Countries.named("Government of Belgium"));
        assertEquals(Optional.of("Serbia"), Countries.named("Mission to the Republic of Serbia"));
        assertEquals(Optional.of("United States"), Countries.named("U.S."));
        assertEquals(Optional.of("Côte d’Ivoire"), Countries.named("Cote d'Ivoire"));
    }

    @Test
    void organizationsAreNotCountries() {
        assertFalse(Countries.is("IOM"));
        assertFalse(Countries.is("Migration Policy Institute"));
        assertTrue(Countries.is("the Netherlands"));
    }
}
