package org.migkg.importer;

import java.util.Optional;

/**
 * The importer's view of the organization catalogue: which organization a position names, and where in a position an
 * organization's name starts. Kept behind this interface so the importer does not depend on how linking is built.
 */
public interface OrganizationLookup {

    /** The catalogue id of the organization written this way; the stated country tells apart generic names. */
    Optional<String> idOf(String written, String country);

    /** The id of the organization this text names exactly (a name, an acronym, or "Name (ACRONYM)"); no guessing. */
    Optional<String> exactIdOf(String written);

    /** The catalogue id of the organization whose homepage is on this host (the publisher of a page). */
    default Optional<String> idOfWebsite(String host) {
        return Optional.empty();
    }

    /** The longest catalogue name or acronym the text starts with, followed by a word boundary. */
    Optional<String> knownPrefixOf(String text);

    /** The text exactly names or abbreviates an organization in the catalogue. */
    boolean isExactlyKnown(String text);

    /** A lookup that knows nothing; positions are then split by their wording alone. */
    OrganizationLookup NONE = new OrganizationLookup() {
        public Optional<String> idOf(String written, String country) { return Optional.empty(); }
        public Optional<String> exactIdOf(String written) { return Optional.empty(); }
        public Optional<String> knownPrefixOf(String text) { return Optional.empty(); }
        public boolean isExactlyKnown(String text) { return false; }
    };
}
