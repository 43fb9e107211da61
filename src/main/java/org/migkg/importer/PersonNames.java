package org.migkg.importer;

import java.util.Set;
import org.migkg.text.NameParticles;

/** Whether a piece of text reads like a person's name ("Camille Le Coz", "Enrico T. Fos", "Rita Claverie Díaz de Sciolli"). */
final class PersonNames {
    private PersonNames() {}

    private static final Set<String> NOT_IN_NAMES = Set.copyOf(java.util.List.of("Policy", "Program", "Programs", "Programme", "Migration", "Migrants", "Development", "Refugee",
            "Refugees", "International", "Global", "National", "Regional", "Research", "Unit", "Office", "Division",
            "Department", "Ministry", "Institute", "University", "Center", "Centre", "Bank", "Group", "Organization",
            "Organisation", "Session", "The", "This", "That", "These", "In", "On", "As", "At", "During", "For",
            "From", "With", "Date", "When", "Where", "Location", "Type", "Event", "Webinar", "Multimedia",
            "Speakers", "Speaker", "Moderator", "Government", "Federal", "Agency", "European", "Europe", "United",
            "Nations", "Network", "And", "Of", "Affairs", "Relations", "Trade", "Economics", "Section", "Mission",
            "Permanent", "State", "Commission", "Council", "Initiative", "Partnership", "Fund", "Secretary",
            "Minister", "Return", "Returns", "Reintegration", "Asylum", "Public", "Communications", "Economist",
            "Observer", "Protection", "Panelists", "Panellists", "Introduction", "Remarks", "Conference", "Workshop",
            "Meeting", "Expert", "Crisis", "Management", "Operations", "General", "Data", "Political", "Science",
            "Population", "Studies", "Study", "Webinars", "Series", "Summit", "Sessions", "Listening", "Compact",
            "Side", "Objectives", "Theme", "Cross", "Cutting", "Category", "Scope", "Output", "Review", "Process",
            "Target", "Audience", "Food", "Download", "Agenda", "Register", "Registration", "Watch", "Read", "More",
            "Click", "Join", "Follow", "Subscribe", "Contact", "Share", "Plus", "Talk", "Talks", "Ceremony",
            "Opening", "Closing", "Experiences", "Past", "Present", "Future", "Futures", "Histories", "History",
            "Pact", "Dialogue", "Forum", "Panel", "Events", "Climate", "Change", "Human", "Mobility", "Rights",
            "Labour", "Labor", "Diaspora", "Diasporas", "Asia", "Africa", "America", "Pacific", "Caribbean", "Latin",
            "Eastern", "Western", "Central", "Northern", "Southern", "Middle", "Day", "Week", "Online", "Hybrid",
            "Live", "Video", "Photo", "Image", "Credit", "Source", "News", "Press", "Release", "Media", "Advisory",
            "Brexit", "Breakfast", "Briefing", "Welfare", "Students", "Workers", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "June", "July",
            "August", "September", "October", "November", "December", "Room", "Hall", "Building", "Street", "Avenue",
            "Road", "Square", "Presidency", "Cabinet", "Members", "Member", "Fachtagung", "Tagung", "Konferenz", "Veranstaltung", "Podiumsdiskussion",
            "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Januar", "Februar", "März",
            "Juni", "Juli", "Oktober", "Dezember", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
            "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre",
            "Décembre", "Rencontre", "Colloque", "Table", "Ronde", "Séminaire", "Conférence", "Webinaire", "Rückkehr",
            "Lecture", "Theatre", "Theater", "Displacement", "Hong", "Kong"));

    private static final java.util.regex.Pattern ORGANIZATION = java.util.regex.Pattern.compile(
            "\\b(?:Inc|Ltd|GmbH|LLC|AG|SA|e\\.V|Consultants|Consulting|Connectors|Nationals|Committee|Women|Youth|Children|"
                    + "Institute|University|Foundation|Association|Organi[sz]ation|Agency|Ministry|Council|Network|Office)\\b\\.?");

    static boolean looksLikeName(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 60 || ORGANIZATION.matcher(t).find()) {
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
            if (token.length() > 2 && token.equals(token.toUpperCase(java.util.Locale.ROOT))) {
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
