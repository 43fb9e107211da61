package org.migkg.importer;

/**
 * Event pages of the Migration Policy Institute and MPI Europe: date-filter hints, the title, the date, the page's
 * label ("MPI Webinar", "MPI Europe Webinar"), participants one a line, the description, the partnership sentence.
 */
public final class MpiEventPageReader extends EventPageReader {

    public MpiEventPageReader(OrganizationLookup organizations) {
        super(organizations);
    }

    @Override
    public boolean recognizes(SavedPage page) {
        if (page.url() != null) {
            return page.url().matches("https?://(www\\.)?(migrationpolicy\\.org|migrationpolicyinstitute-europe\\.com)/.*");
        }
        return page.lines().stream().limit(12).anyMatch(l -> l.text().matches("E\\.g\\., \\d{2}/\\d{2}/\\d{4}|Multimedia Tabs|MPI( Europe)? Webinar"));
    }

    @Override
    public String style() {
        return "MPI event page";
    }

    @Override
    protected String defaultPublisher() {
        return "mpi";
    }

    @Override
    protected boolean labelsStateType() {
        return true;
    }
}
