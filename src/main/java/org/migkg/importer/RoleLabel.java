package org.migkg.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migkg.text.Folding;

/**
 * A role label as pages write it, in English, German or French, in any case: alone on a line ("Speakers:",
 * "MODERATOR", "Discussants", "Invités", "mit"), or leading the names ("Moderator: Andrew Selee, President, MPI",
 * "Moderated by Federico Bonaglia, Deputy Director", "Session I Panelists: ..."), with the session it names.
 */
record RoleLabel(String role, String session, String rest) {
    private static final Map<String, String> ROLES = new HashMap<>();
    private static final Pattern LABELLED = Pattern.compile(
            "^(?:(Session [IVX\\d]+|Panel [IVX\\d]+)\\s*[:–-]?\\s+)?([\\p{L} &'’/]+?)\\s*[:：]\\s*(.*)$");
    /** Labels that lead names without a colon: "Moderated by X", "Chair: X" has one anyway. */
    private static final Pattern BY = Pattern.compile(
            "^((?:(?:moderated|chaired|hosted|presented|introduced|facilitated|opened|closed|convened|moderiert|animée?s?|présidée?s?) (?:by|von|par))|discussion autour d['’]|discussion avec|débat avec)\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);

    static {
        roles("speaker", "speaker", "speakers", "featuring", "featured speakers", "speakers include", "speakers included",
                "the speakers are", "the speakers were", "key speakers", "guest speakers", "guests", "with", "invited speakers",
                "referent", "referentin", "referenten", "referentinnen", "referent innen", "referentinnen und referenten",
                "mit", "es sprechen", "gäste", "intervenant", "intervenants", "intervenante", "intervenantes", "invités",
                "invité", "invitée", "invitées", "avec", "researchers", "experts", "contributors", "podium");
        roles("moderator", "moderator", "moderators", "moderated by", "moderation", "moderatorin", "moderiert von",
                "modération", "modérateur", "modératrice", "animation", "animé par", "animée par", "moderator and chair");
        roles("panelist", "panelist", "panelists", "panellist", "panellists", "panel", "panelists included",
                "panellists included", "panelists include", "panel members", "podiumsgäste", "panélistes", "paneliste");
        roles("discussant", "discussant", "discussants", "respondent", "respondents", "discutant", "discutants", "diskutant", "diskutanten");
        roles("introduction", "introduction", "introductions", "introductory statements", "introductory remarks",
                "einführung", "introduction par");
        roles("opening-remarks", "welcome", "welcome remarks", "welcome address", "opening remarks", "opening",
                "opening address", "opened by", "begrüßung", "grußwort", "mot d'accueil", "ouverture", "discours d'ouverture");
        roles("closing-remarks", "closing remarks", "closing", "closing address", "closed by", "concluding remarks",
                "schlusswort", "clôture", "conclusion");
        roles("keynote", "keynote", "keynote speaker", "keynote speakers", "keynote address", "keynote speech",
                "keynote by", "impulsvortrag", "impuls", "grand témoin");
        roles("chair", "chair", "chairs", "chaired by", "chairperson", "co-chairs", "co chairs", "vorsitz",
                "présidence", "présidé par", "présidée par");
        roles("host", "host", "hosts", "hosted by", "convenor", "convenors", "convener", "convened by", "gastgeber");
        roles("discussion-lead", "discussion autour d'", "discussion autour d’", "discussion avec", "débat avec");
        roles("presenter", "presenter", "presenters", "presented by", "presentation", "presentations");
        roles("facilitator", "facilitator", "facilitators", "facilitated by");
    }

    private static void roles(String role, String... labels) {
        for (String label : labels) {
            ROLES.put(Folding.key(label), role);
        }
    }

    /** The role a label names, case, accents and a trailing colon aside. */
    static Optional<String> roleOf(String label) {
        return Optional.ofNullable(ROLES.get(Folding.key(label)));
    }

    static Optional<RoleLabel> of(String line) {
        String text = PersonLine.withoutBullet(line).strip();
        Optional<String> alone = roleOf(text.replaceFirst("[:：]\\s*$", ""));
        if (alone.isPresent() && text.length() < 50) {
            return Optional.of(new RoleLabel(alone.get(), null, ""));
        }
        Matcher by = BY.matcher(text);
        if (by.matches()) {
            return roleOf(by.group(1)).map(r -> new RoleLabel(r, null, by.group(2).strip()));
        }
        Matcher m = LABELLED.matcher(text);
        if (m.matches()) {
            return roleOf(m.group(2)).map(r -> new RoleLabel(r, m.group(1), m.group(3).strip()));
        }
        return Optional.empty();
    }
}
