package org.migkg.importer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role heading as pages write it, alone on a line ("Speakers:") or leading the names ("Moderator: Andrew Selee,
 * President, MPI", "Session I Panelists: ..."), with the session it names.
 */
record RoleHeading(String role, String session, String rest) {

    private static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry("moderator", "moderator"), Map.entry("moderators", "moderator"), Map.entry("moderated by", "moderator"),
            Map.entry("speaker", "speaker"), Map.entry("speakers", "speaker"), Map.entry("featuring", "speaker"),
            Map.entry("panelist", "panelist"), Map.entry("panelists", "panelist"), Map.entry("panellist", "panelist"),
            Map.entry("panellists", "panelist"), Map.entry("panellists included", "panelist"), Map.entry("panelists included", "panelist"),
            Map.entry("panel", "panelist"), Map.entry("discussant", "discussant"), Map.entry("discussants", "discussant"),
            Map.entry("introduction", "introduction"), Map.entry("introductions", "introduction"),
            Map.entry("welcome", "opening-remarks"), Map.entry("opening remarks", "opening-remarks"),
            Map.entry("welcome remarks", "opening-remarks"), Map.entry("closing remarks", "closing-remarks"),
            Map.entry("keynote", "keynote"), Map.entry("keynote speaker", "keynote"), Map.entry("keynote address", "keynote"),
            Map.entry("chair", "chair"), Map.entry("chaired by", "chair"), Map.entry("host", "host"), Map.entry("hosts", "host"),
            Map.entry("presenter", "presenter"), Map.entry("presenters", "presenter"), Map.entry("facilitator", "facilitator"),
            Map.entry("facilitators", "facilitator"));

    private static final Pattern HEADING = Pattern.compile(
            "^(?:(Session [IVX\\d]+)\\s+)?([A-Za-z ]+?)\\s*:\\s*(.*)$");

    static Optional<RoleHeading> of(String line) {
        Matcher m = HEADING.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String role = ROLES.get(m.group(2).strip().toLowerCase(Locale.ROOT));
        return role == null ? Optional.empty() : Optional.of(new RoleHeading(role, m.group(1), m.group(3).strip()));
    }
}
