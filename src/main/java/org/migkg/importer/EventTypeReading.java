package org.migkg.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event type: from what the page states (its label, the venue label, the hub's facet) as it is, else read from
 * the title, the heading or the text and flagged; a label the text contradicts ("This workshop") is flagged too.
 */
final class EventTypeReading {
    private static final Pattern THIS_TYPE = Pattern.compile("\\bThis (?:[A-Z][\\w-]* ){0,5}(webinar|teleconference|conference|workshop|briefing|meeting|side event)\\b");

    private EventTypeReading() {}

    static String of(String statedType, HubFacetList facets, PageLayout layout, ReviewList review) {
        List<String> facetType = facets.get("Type of Event");
        String prose = String.join(" ", layout.prose());
        String[][] sources = {
                {statedType, null}, {layout.venue(), null}, {facetType.isEmpty() ? null : facetType.get(0), null},
                {layout.title(), "the title"}, {layout.subtitle(), "the subtitle"}, {String.join(" ", layout.preTitle()), "the page heading"},
                {String.join(" ", layout.labels()), "a label near the title"}, {prose, "the description"}};
        for (String[] s : sources) {
            Optional<String> type = EventTypes.in(s[0]);
            if (type.isPresent()) {
                if (s[1] != null) {
                    review.flag("/eventType", "read from " + s[1] + " (\"" + EventTypes.wordIn(s[0]).orElse("") + "\")");
                } else {
                    Matcher m = THIS_TYPE.matcher(prose);
                    while (m.find()) {
                        String said = EventTypes.in(m.group(1)).orElseThrow();
                        if (!said.equals(type.get())) {
                            review.flag("/eventType", "the page's label says " + type.get() + " but its text says \"" + m.group() + "\"");
                            break;
                        }
                    }
                }
                return type.get();
            }
        }
        review.flag("/eventType", "the page does not say what kind of event this is");
        return "other";
    }
}
