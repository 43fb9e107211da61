package org.migkg.importer;

import java.util.Set;
import org.migkg.text.NameParticles;

/** Whether a piece of text reads like a person's name ("Camille Le Coz", "Enrico T. Fos", "Rita Claverie Díaz de Sciolli"). */
final class PersonNames {
    private PersonNames() {}

    private static final Set<String> NOT_IN_NAMES = Set.of("Policy", "Program", "Programs", "Programme", "Migration",
            "Migrants", "Development", "Refugee", "Refugees", "International", "Global", "National", "Regional", "Research",
            "Unit", "Office", "Division", "Department", "Ministry", "Institute", "University", "Center", "Centre", "Bank",
            "Group", "Organization", "Organisation", "Session", "The", "This", "That", "These", "In", "On", "As", "At",
            "During", "For", "From", "With", "Date", "When", "Where", "Location", "Type", "Event", "Webinar", "Multimedia",
            "Speakers", "Speaker", "Moderator", "Government", "Federal", "Agency", "European", "Europe", "United", "Nations",
            "Network", "And", "Of", "Affairs", "Relations", "Trade", "Economics", "Section", "Mission", "Permanent", "State",
            "Commission", "Council", "Initiative", "Partnership", "Fund", "Secretary", "Minister", "Return", "Returns",
            "Reintegration", "Asylum", "Public", "Communications", "Economist", "Observer", "Protection",
            "Panelists", "Panellists", "Introduction", "Remarks", "Conference", "Workshop", "Meeting", "Expert", "Crisis",
            "Management", "Operations", "General", "Data", "Political", "Science", "Population", "Studies", "Study",
            "Webinars", "Series", "Summit", "Sessions", "Listening", "Compact", "Side", "Objectives", "Theme",
            "Cross", "Cutting", "Category", "Scope", "Output", "Review", "Process", "Target", "Audience", "Food");

    static boolean looksLikeName(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 60) {
            return false;
        }
        String[] tokens = t.split("\\s+");
        if (tokens.length < 2 || tokens.length > 6) {
            return false;
        }
        if (!Character.isUpperCase(tokens[0].charAt(0))) {
            return false;
        }
        int capitalized = 0;
        for (String token : tokens) {
            if (NameParticles.isLowerCaseParticle(token)) {
                continue;
            }
            if (!token.matches("\\p{Lu}[\\p{L}’'\\-]*\\.?|\\p{Lu}\\.")) {
                return false;
            }
            if (token.length() > 2 && token.equals(token.toUpperCase())) {
                return false; // an acronym, not a name
            }
            if (NOT_IN_NAMES.contains(token) || PositionParser.isTitleWord(token)) {
                return false;
            }
            capitalized++;
        }
        return capitalized >= 2;
    }
}
