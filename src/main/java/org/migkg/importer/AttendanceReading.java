package org.migkg.importer;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Online, in person or mixed: the page's schema.org data, a format after a title ("(hybrid)"), the event type
 * (a webinar is online), else the words of the text and whether it names a place (flagged); null when nothing says.
 */
final class AttendanceReading {
    private AttendanceReading() {}

    static String of(SavedPage page, PageLayout layout, String eventType, ReviewList review) {
        if (page.structured() != null && page.structured().attendance() != null) {
            return page.structured().attendance();
        }
        String text = String.join(" ", layout.prose()).toLowerCase(Locale.ROOT);
        for (SavedPage.Line l : layout.lines()) {
            Matcher format = TitleFinder.FORMAT_SUFFIX.matcher(l.text());
            if (format.find()) {
                String said = format.group().toLowerCase(Locale.ROOT);
                return said.contains("hybri") ? "mixed" : said.contains("person") || said.contains("présentiel") ? "in-person" : "online";
            }
        }
        if (eventType.equals("webinar") || eventType.equals("teleconference")) {
            return "online";
        }
        String location = layout.location();
        boolean online = text.contains("online") || text.contains("virtual");
        if (online && location == null && !text.contains("(and online)")) {
            review.flag("/attendance", "read from the words \"online\"/\"virtual\" in the text");
            return "online";
        }
        if (online) {
            review.flag("/attendance", "the page names a place and says the event is also online");
            return "mixed";
        }
        if (location != null) {
            review.flag("/attendance", "the page names a place and does not say the event is online");
            return "in-person";
        }
        return null;
    }
}
