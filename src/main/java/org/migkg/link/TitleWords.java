package org.migkg.link;

import java.util.Set;
import java.util.TreeSet;
import org.migkg.text.Folding;

/**
 * The words of a title that say which event it is: folded, lower case, without function words (English, German,
 * French) and without the words every event title may carry ("webinar", "event", "session"...), plural "s" dropped.
 * Numbers and ordinals are kept apart too: "Roundtable One" and "Roundtable Two" are two events of one series.
 */
record TitleWords(Set<String> words, Set<String> numbers) {
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(java.util.List.of(
            "a", "an", "the", "and", "or", "of", "for", "in", "on", "at", "to", "from", "by", "with", "as", "is", "are",
            "be", "it", "its", "this", "that", "what", "how", "why", "who", "we", "can", "our", "your", "their", "into",
            "about", "after", "before", "between", "through", "towards", "toward", "more", "most", "than", "do", "does",
            "der", "die", "das", "und", "oder", "von", "fur", "mit", "im", "in", "zu", "zur", "zum", "um", "den", "dem",
            "des", "ein", "eine", "einer", "auf", "aus", "bei", "nach", "uber", "wie", "was",
            "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "pour", "par", "sur", "dans", "avec", "au", "aux",
            "en", "l", "d", "quel", "quelle"));
    private static final Set<String> EVENT_WORDS = Set.copyOf(java.util.List.of(
            "event", "events", "webinar", "webinars", "session", "sessions", "meeting", "meetings", "conference", "panel",
            "discussion", "workshop", "seminar", "talk", "talks", "briefing", "dialogue", "roundtable", "round", "table",
            "recap", "recording", "report", "video", "podcast", "episode", "live", "online", "virtual", "join", "us",
            "invitation", "invite", "save", "date", "register", "registration", "veranstaltung", "fachtagung", "tagung",
            "rencontre", "conference", "colloque", "seance", "debat", "news", "highlights", "summary", "watch", "listen",
            "host", "hosts", "hosted", "hosting", "present", "presents", "organise", "organises", "organize", "organizes",
            "invites", "welcome", "welcomes"));
    private static final Set<String> NUMBER_WORDS = Set.copyOf(java.util.List.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "1st", "2nd", "3rd", "4th", "5th",
            "erste", "zweite", "dritte", "premier", "premiere", "deuxieme", "troisieme", "part", "teil", "partie"));

    static TitleWords of(String title) {
        Set<String> words = new TreeSet<>();
        Set<String> numbers = new TreeSet<>();
        for (String w : Folding.key(title).split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (NUMBER_WORDS.contains(w) || w.chars().allMatch(Character::isDigit) && w.length() < 4) {
                if (!w.equals("part") && !w.equals("teil") && !w.equals("partie")) {
                    numbers.add(w);
                }
                continue;
            }
            if (w.length() < 2 || FUNCTION_WORDS.contains(w) || EVENT_WORDS.contains(w)) {
                continue;
            }
            words.add(w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return new TitleWords(Set.copyOf(words), Set.copyOf(numbers));
    }

    /**
     * Between 0 and 1: the mean of the Dice coefficient and the overlap coefficient, so a shortened title still agrees;
     * {@code ignored} words (the names of organizations both records involve: "MPI and GIZ webinar on ...") do not
     * count, unless a title has no other words.
     */
    double similarity(TitleWords other, Set<String> ignored) {
        Set<String> a = without(words, ignored);
        Set<String> b = without(other.words, ignored);
        if (a.isEmpty() || b.isEmpty()) {
            a = words;
            b = other.words;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        double dice = 2.0 * shared / (a.size() + b.size());
        double overlap = (double) shared / Math.min(a.size(), b.size());
        return (dice + overlap) / 2;
    }

    Set<String> common(TitleWords other, Set<String> ignored) {
        Set<String> out = new TreeSet<>(words);
        out.retainAll(other.words);
        Set<String> telling = without(out, ignored);
        return telling.isEmpty() ? out : telling;
    }

    private static Set<String> without(Set<String> words, Set<String> ignored) {
        if (ignored.isEmpty() || words.stream().noneMatch(ignored::contains)) {
            return words;
        }
        Set<String> out = new TreeSet<>(words);
        out.removeAll(ignored);
        return out;
    }

    /** Both titles number their event, differently: "Part 1" and "Part 2". */
    boolean numberedApart(TitleWords other) {
        return !numbers.isEmpty() && !other.numbers.isEmpty() && !numbers.equals(other.numbers);
    }
}
