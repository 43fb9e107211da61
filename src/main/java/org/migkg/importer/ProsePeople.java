package org.migkg.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migkg.text.Folding;
import org.migkg.text.Honorifics;

/**
 * People named only in running text: after an honorific ("Prof. Sergio Carrera"), after a role cue ("moderated by
 * X", "keynote by X", "with X, Director of Y"), or with a position beside the name ("X, Head of Y at Z, opened ...",
 * "X (Director-General, DG HOME)"). Everything found here is flagged: the text may mention people who did not take
 * part.
 */
final class ProsePeople {
    private ProsePeople() {}

    /** A person in a sentence, with the words that told the importer so. */
    record Found(StatedPerson person, String role, String evidence) {}

    private static final String WORD = "\\p{Lu}\\p{Ll}[\\p{L}’'-]*";
    private static final String NAME = "(" + WORD + "(?:\\s+(?:(?:de|da|di|van|von|der|le|la|del|al|el|bin|dos)\\s+)*(?:\\p{Lu}\\.|" + WORD + ")){1,3})";
    private static final String HONORIFIC = "(?:H\\.\\s?E\\.\\s+(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?|(?:Mr|Ms|Mrs|Dr|Prof|Professor|Ambassador|Rev|Frau|Herr|Mme|Madame|Monsieur)\\.?\\s+)";
    private static final Pattern WITH_HONORIFIC = Pattern.compile("\\b(" + HONORIFIC + ")" + NAME);
    private static final Pattern AFTER_CUE = Pattern.compile(
            "\\b(moderated by|chaired by|hosted by|presented by|introduced by|opened by|closed by|featuring|keynote (?:speech |address |lecture )?(?:by|from)|"
                    + "remarks (?:by|from)|speakers? (?:included?|were|was|are|is)|panel(?:l)?ists? (?:included?|were|are)|moderiert von|mit|animée? par|avec)\\s+"
                    + "(" + HONORIFIC + ")?" + NAME);
    private static final Pattern WITH_POSITION = Pattern.compile(
            "(?<![\\p{L}.] )(" + HONORIFIC + ")?" + NAME + "(?:,\\s+([^,;()]{3,120}?)(?=,|\\s+(?:said|says|opened|welcomed|stressed|noted|presented|explained|highlighted|underlined|emphasi[sz]ed|moderated|chaired|spoke|gave|introduced|closed|discussed|shared|argued|reminded|pointed)\\b)|\\s+\\(([^()]{3,160})\\))");

    static List<Found> in(String paragraph) {
        Map<String, Found> found = new LinkedHashMap<>();
        Matcher cue = AFTER_CUE.matcher(paragraph);
        while (cue.find()) {
            add(found, cue.group(2), cue.group(3), positionAfter(paragraph, cue.end()), roleOfCue(cue.group(1)), cue.group());
        }
        Matcher h = WITH_HONORIFIC.matcher(paragraph);
        while (h.find()) {
            add(found, h.group(1), h.group(2), positionAfter(paragraph, h.end()), "speaker", h.group());
        }
        Matcher p = WITH_POSITION.matcher(paragraph);
        while (p.find()) {
            String position = p.group(3) != null ? p.group(3) : p.group(4);
            if (position != null && PositionParser.namesATitleOrOrganization(position)) {
                add(found, p.group(1), p.group(2), position.strip(), "speaker", p.group());
            }
        }
        return new ArrayList<>(found.values());
    }

    private static void add(Map<String, Found> found, String honorific, String name, String position, String role, String evidence) {
        String n = PersonLine.normalCase(name.strip());
        if (!PersonNames.looksLikeName(n)) {
            return;
        }
        String key = Folding.key(n);
        Found earlier = found.get(key);
        String h = honorific == null ? null : Honorifics.split(honorific.strip() + " X").honorific();
        if (earlier == null) {
            found.put(key, new Found(new StatedPerson(h, n, position), role, evidence.strip()));
        } else if (earlier.person().position() == null && position != null) {
            found.put(key, new Found(earlier.person().withPosition(position), earlier.role(), earlier.evidence()));
        }
    }

    /** ", Director of X," or " (Director of X)" right after a name. */
    private static String positionAfter(String text, int end) {
        String rest = text.substring(end);
        Matcher paren = Pattern.compile("^\\s*\\(([^()]{3,160})\\)").matcher(rest);
        if (paren.find()) {
            return paren.group(1).strip();
        }
        Matcher comma = Pattern.compile("^,\\s+([^,;()]{3,120}?)(?=[,;.]|\\s+(?:and|said|will|who)\\b)").matcher(rest);
        if (comma.find() && PositionParser.namesATitleOrOrganization(comma.group(1))) {
            return comma.group(1).strip();
        }
        return null;
    }

    private static String roleOfCue(String cue) {
        String c = Folding.key(cue);
        if (c.startsWith("moderat") || c.startsWith("animee par") || c.startsWith("anime par")) {
            return "moderator";
        }
        if (c.startsWith("chaired")) {
            return "chair";
        }
        if (c.startsWith("hosted")) {
            return "host";
        }
        if (c.startsWith("keynote")) {
            return "keynote";
        }
        if (c.startsWith("opened")) {
            return "opening-remarks";
        }
        if (c.startsWith("closed")) {
            return "closing-remarks";
        }
        if (c.startsWith("panel")) {
            return "panelist";
        }
        if (c.startsWith("presented")) {
            return "presenter";
        }
        if (c.startsWith("introduced")) {
            return "introduction";
        }
        return "speaker";
    }

    static Optional<Found> first(String paragraph) {
        return in(paragraph).stream().findFirst();
    }
}
