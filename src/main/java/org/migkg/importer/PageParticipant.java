package org.migkg.importer;

/**
 * A participant as the page names them: honorific, name, stated position, the role a label gives (null when no label
 * says), the session, the block of the page they stand in (blocks are set apart by a blank gap), and, for people
 * found only in running text, the words that named them.
 */
record PageParticipant(String honorific, String name, String statedPosition, String role, String session, int block, String proseEvidence) {
    PageParticipant(StatedPerson p, String role, String session, int block) {
        this(p.honorific(), p.name(), p.position(), role, session, block, null);
    }

    boolean inRunningText() {
        return proseEvidence != null;
    }
}
