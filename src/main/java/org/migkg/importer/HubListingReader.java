package org.migkg.importer;

/**
 * Event listings on the UN Network on Migration's Migration Network Hub: the title twice, date and times, "Where:",
 * participants, the description, then the facet list (type, organizers, scope, GCM objectives, themes, SDGs).
 */
public final class HubListingReader extends EventPageReader {

    public HubListingReader(OrganizationLookup organizations) {
        super(organizations);
    }

    @Override
    public boolean recognizes(SavedPage page) {
        if (page.url() != null) {
            return page.url().matches("https?://(www\\.)?migrationnetwork\\.un\\.org/.*");
        }
        return page.lines().stream().anyMatch(l -> l.text().equals("Skip to main content"))
                && page.lines().stream().anyMatch(l -> HubFacetList.isHeading(l.text()));
    }

    @Override
    public String style() {
        return "UN Network on Migration hub listing";
    }

    @Override
    protected String defaultPublisher() {
        return "unnm";
    }

    @Override
    protected boolean hasFacets() {
        return true;
    }
}
