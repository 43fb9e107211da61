package org.migkg.link;

import org.migkg.text.PersonName;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Reading names as people write them, and how two written names agree. */
class PersonNameTest {

    private static NameAgreement agree(String a, String b) {
        return NameAgreement.of(PersonName.parse(a), PersonName.parse(b));
    }

    @Test
    void honorificsSuffixesAndLastFirstOrderAreAside() {
        PersonName n = PersonName.parse("Aziz, Sijal");
        assertEquals("sijal", n.given());
        assertEquals(List.of("aziz"), n.surname());
        assertEquals("sijal aziz", PersonName.parse("Dr. Sijal Aziz").normalForm());
        assertEquals("sijal aziz", PersonName.parse("H.E. Sijal Aziz, PhD").normalForm());
        assertEquals("sijal aziz", PersonName.parse("Ambassador Sijal Aziz").normalForm());
        assertEquals("elke lobel", PersonName.parse("Elke Löbel").normalForm());
        assertEquals("thora elvian", PersonName.parse("Þóra Elvian").normalForm());
    }

    @Test
    void particlesStayWithTheSurnameAndHyphenatedSurnamesAreOneWord() {
        PersonName leCoz = PersonName.parse("Camille Le Coz");
        assertEquals("camille", leCoz.given());
        assertEquals(List.of("le", "coz"), leCoz.surname());
        assertEquals("camille le coz", leCoz.givenAndSurname());
        PersonName klein = PersonName.parse("Michele Klein-Solomon");
        assertEquals(List.of("klein-solomon"), klein.surname());
        assertTrue(klein.middle().isEmpty());
    }

    @Test
    void agreementLevels() {
        assertEquals(NameAgreement.SAME, agree("Elke Löbel", "ELKE LOBEL"));
        assertEquals(NameAgreement.SAME, agree("Aziz, Sijal", "Dr. Sijal Aziz"));
        assertEquals(NameAgreement.SWAPPED, agree("Sijal Aziz", "Aziz Sijal"));
        assertEquals(NameAgreement.SWAPPED, agree("Michele Klein Solomon", "Michele Klein-Solomon"));
        assertEquals(NameAgreement.VARIANT, agree("S. Aziz", "Sijal Aziz"));
        assertEquals(NameAgreement.VARIANT, agree("Sijal A. Aziz", "Sijal Ahmed Aziz"));
        assertEquals(NameAgreement.VARIANT, agree("Sijal Ahmed Aziz", "Sijal Aziz"));
        assertEquals(NameAgreement.VARIANT, agree("C. Le Coz", "Camille Le Coz"));
        assertEquals(NameAgreement.TYPO, agree("Kathleen Newland", "Kathleen Newlnad"));
        assertEquals(NameAgreement.NONE, agree("Sijal Aziz", "Sara Aziz"));
        assertEquals(NameAgreement.NONE, agree("Sijal Aziz", "Sijal Azam"));
        assertEquals(NameAgreement.NONE, agree("T. Aziz", "Sijal Aziz"));
        assertEquals(NameAgreement.NONE, agree("Sijal A. Aziz", "Sijal B. Aziz"));
    }

    @Test
    void conflictsKeepDifferentPeopleApart() {
        assertTrue(NameConflict.between(PersonName.parse("Sijal Aziz"), PersonName.parse("Sara Aziz")));
        assertTrue(NameConflict.between(PersonName.parse("S. Aziz"), PersonName.parse("T. Aziz")));
        assertFalse(NameConflict.between(PersonName.parse("S. Aziz"), PersonName.parse("Sijal Aziz")));
        assertFalse(NameConflict.between(PersonName.parse("Kathleen Newland"), PersonName.parse("Kathleen Newlnad")));
    }

    @Property
    void writtenVariantsOfOneNameAgree(@ForAll @AlphaChars @StringLength(min = 2, max = 10) String given,
                                       @ForAll @AlphaChars @StringLength(min = 2, max = 12) String surname) {
        Assume.that(!PersonName.reserved(given) && !PersonName.reserved(surname));
        String full = given + " " + surname;
        for (String variant : List.of(full.toUpperCase(java.util.Locale.ROOT), surname + ", " + given, "Dr. " + full,
                given.charAt(0) + ". " + surname, given + " Maria " + surname)) {
            assertTrue(agree(full, variant) != NameAgreement.NONE, variant + " should agree with " + full);
        }
    }

    @Test
    void aNameThatDropsItsFirstGivenNameIsAVariant() {
        assertEquals(NameAgreement.VARIANT, agree("Belen Zanzuchi", "Maria Belen Zanzuchi"));
        assertEquals(NameAgreement.VARIANT, agree("Maria Belen Zanzuchi", "Belen Zanzuchi"));
        assertEquals(NameAgreement.NONE, agree("Maria Zanzuchi", "Belen Zanzuchi"));
    }
}
