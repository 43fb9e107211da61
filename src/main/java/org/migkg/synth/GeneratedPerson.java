package org.migkg.synth;

import java.time.LocalDate;
import java.util.List;

/**
 * One person of the population, with the parts of the name every mention is written from. A person who
 * {@code moved} (not null) worked for the first organization before that day and for the second from it on.
 */
record GeneratedPerson(String id, String given, String middle, String surname, List<GeneratedOrganization> orgs, LocalDate moved) {
    GeneratedPerson(String id, String given, String middle, String surname, List<GeneratedOrganization> orgs) {
        this(id, given, middle, surname, orgs, null);
    }

    String fullName() {
        return given + " " + surname;
    }
}
