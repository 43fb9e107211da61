package org.migkg.importer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The schema's event type a piece of page text names ("MPI Webinar" → webinar, "MICIC Side Event" → side-event). */
final class EventTypes {
    private EventTypes() {}

    /** Most specific first: "Side Event" before "Meeting", "Listening Sessions" before anything else. */
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("side event", "side-event");
        WORDS.put("side-event", "side-event");
        WORDS.put("listening session", "listening-session");
        WORDS.put("panel discussion", "panel-discussion");
        WORDS.put("teleconference", "teleconference");
        WORDS.put("webinar", "webinar");
        WORDS.put("workshop", "workshop");
        WORDS.put("conference", "conference");
        WORDS.put("briefing", "briefing");
        WORDS.put("training", "training");
        WORDS.put("dialogue", "dialogue");
        WORDS.put("meeting", "meeting");
    }

    static Optional<String> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT);
        return WORDS.entrySet().stream().filter(e -> t.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /** The word for the type in a label, e.g. "Webinar" in "MPI Europe Webinar", so what precedes it can be read. */
    static Optional<String> wordIn(String label) {
        String t = label.toLowerCase(Locale.ROOT);
        return WORDS.keySet().stream().filter(t::contains).findFirst();
    }
}
