package org.migkg.importer;

/** A person as a page names them: honorific (normal form, or null), name as written (in normal case), stated position. */
record StatedPerson(String honorific, String name, String position) {
    StatedPerson withPosition(String stated) {
        return new StatedPerson(honorific, name, stated);
    }
}
