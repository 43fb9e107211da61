package org.migkg.importer;

/** Any other saved event page (IOM, Fedasil, Samuel Hall, university sites): the shared steps and nothing more. */
public final class GenericPageReader extends EventPageReader {

    public GenericPageReader(OrganizationLookup organizations) {
        super(organizations);
    }

    @Override
    public boolean recognizes(SavedPage page) {
        return true;
    }

    @Override
    public String style() {
        return "generic event page";
    }
}
