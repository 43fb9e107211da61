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

    static String html(String base, Optional<String> releaseId) {
        return "<p>The data is licensed under " + Html.link(DatasetDescription.LICENSE, LICENCE_NAME)
                + ": share and adapt it, crediting MigKG.</p>\n"
                + "<p>How to cite: <cite class=\"citation\">" + Html.text(text(base, releaseId)) + "</cite></p>\n"
                + (releaseId.isPresent() ? "" : "<p>The release id appears here once the dumps are written.</p>\n");
    }
}
