package org.migkg.serve.html;

import java.util.Optional;
import org.migkg.store.DatasetDescription;

/** The landing page's licence statement and how-to-cite line, naming the release the data came from. */
final class Citation {
    static final String AUTHORS = "MigKG developers";
    static final String LICENCE_NAME = "CC BY 4.0";

    private Citation() {}

    /** "MigKG developers. MigKG: … (release 2026-…). https://w3id.org/migkg/" */
    static String text(String base, Optional<String> releaseId) {
        return AUTHORS + ". " + DatasetDescription.TITLE
                + releaseId.map(id -> " (release " + id + ")").orElse("") + ". " + base;
    }

    static LandingView.CitationView view(String base, Optional<String> releaseId) {
        return new LandingView.CitationView(DatasetDescription.LICENSE, LICENCE_NAME, text(base, releaseId), releaseId.isPresent());
    }
}
