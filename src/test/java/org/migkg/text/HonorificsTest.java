package org.migkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HonorificsTest {

    private static void splits(String written, String honorific, String name) {
        Honorifics.Split s = Honorifics.split(written);
        assertEquals(honorific, s.honorific(), written);
        assertEquals(name, s.name(), written);
    }

    @Test
    void honorificsLeaveTheName() {
        splits("Mr. Kairat Abdrakhmanov", "Mr", "Kairat Abdrakhmanov");
        splits("Ms Jane Doe", "Ms", "Jane Doe");
        splits("H.E. Mr. Kairat Abdrakhmanov", "H.E. Mr", "Kairat Abdrakhmanov");
        splits("Prof. Dr. Petra Bendel", "Prof Dr", "Petra Bendel");
        splits("Professor Heaven Crawley", "Prof", "Heaven Crawley");
        splits("Ambassador Gonzalo Koncke", "Ambassador", "Gonzalo Koncke");
        splits("Rev. Joseph Smith", "Rev", "Joseph Smith");
        splits("Frau Elke Löbel", "Ms", "Elke Löbel");
        splits("Mme Claire Rodier", "Mme", "Claire Rodier");
        splits("His Excellency Mohammed Ali", "H.E.", "Mohammed Ali");
    }

    @Test
    void namesThatLookLikeHonorificsStay() {
        splits("Don Flynn", null, "Don Flynn");
        splits("Amartya Sen", null, "Amartya Sen");
        splits("Dr", null, "Dr");
        assertNull(Honorifics.formOf("Director"));
    }
}
