package org.migkg.importer;

import java.util.List;
import java.util.regex.Pattern;

/** Page furniture: site navigation, filter hints, tab labels, notices and footnotes that say nothing about the event. */
final class Furniture {
    private Furniture() {}

    private static final List<Pattern> LINES = List.of(
            Pattern.compile("^E\\.g\\., \\d{1,2}/\\d{1,2}/\\d{4}$"),
            Pattern.compile("^Skip to main content$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Registration deadline for this event has passed\\.?$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(Multimedia Tabs|Video|Audio|Photos|Photo Gallery|Powerpoint Files|Presentations|Transcript|Concept Note|Agenda \\(PDF\\)|Share|Print|Register|Register here|Watch the video)$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Date: , -$"),
            // The hub's footnote about Kosovo, in any language version of the page.
            Pattern.compile("^\\*.*\\bKosovo\\b.*$"));

    static boolean is(String line) {
        for (Pattern p : LINES) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
