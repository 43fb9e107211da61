package org.migkg.importer;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.migkg.text.Folding;

/**
 * The event's name among a page's first lines: not site navigation, an e-mail header, a label, a date, a person or a
 * sentence. Lines are scored by how many of their words the page's own address repeats (sites put the event's
 * name in the URL), by being repeated on the page, and by where they stand. A date or label before the name
 * ("25.03.2022: Roundtable ...", "Title: ...") is taken off. When no line will do, the name comes from the address.
 */
final class TitleFinder {
    private TitleFinder() {}

    /** The title, the index of its line (-1 when derived), and why a reviewer should check it (null when sure). */
    record Found(String title, int index, String doubt) {}

    private static final int LOOK = 15;
    private static final Pattern DATE_PREFIX = Pattern.compile(
            "^(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\s*[:|–—-]?\\s*(?:(?:Webinar|Event|Veranstaltung)\\s*[:|–—-]\\s*)?");
    private static final Pattern RUN_IN_DATE = Pattern.compile("^\\s*date\\s+\\d{4}-\\d{2}-\\d{2}\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile(
            "^(?:Location|Where|When|Date|Dates|Time|Venue|Place|Address|Format|Type|Language|Organi[sz]er|Posted|Published|"
                    + "Ort|Datum|Zeit|Uhrzeit|Adresse|Sprache|Veranstalter(?:/in)?|Lieu|Horaires?|Langue|Organisateur)\\s*:.*|(?:Posted|Published|Veröffentlicht|Publié)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_TIME = Pattern.compile("^\\d{1,2}[h:.]\\d{0,2}\\s*[-–]\\s*\\d{1,2}[h:.]\\d{0,2}\\s*[–—-]\\s*");
    private static final Pattern RELATIVE = Pattern.compile("^(?:\\d+|a|an|one)\\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+ago$", Pattern.CASE_INSENSITIVE);
    /** "Measuring progress (online)": how to attend, not part of the name. */
    static final Pattern FORMAT_SUFFIX = Pattern.compile(
            "\\s*\\((?:online|hybrid|in[- ]person|virtual|en ligne|hybride|en présentiel|présentiel)\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile("^(?:Title|Titel|Titre|Subject|Betreff|Objet|Event|Veranstaltung)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "^(?:\\[link removed\\]|_{3,}|-{3,}|={3,}|(?:From|To|Cc|Sent|Date|Von|An|De|À|Envoyé)\\s*:.*|.*@.*\\..*|"
                    + "(?:Connect with us|Follow us|Share|Share this|Print|Menu|Home|Search|Events?|News|Veranstaltungen|Événements|Agenda|"
                    + "Skip to main content|Register(?: here| now)?|Back to (?:events|list)|Development Centre|Practical information|"
                    + "Event details|Infos pratiques|Photo.*|Image.*|Credit.*|©.*|Read more|En savoir plus|Mehr)\\s*:?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> MINOR = Set.of("a", "an", "the", "of", "in", "on", "for", "and", "to", "at", "by",
            "with", "from", "is", "are", "what", "how", "can", "we", "de", "la", "le", "les", "des", "et", "du", "der", "die",
            "das", "und", "um", "en", "www", "com", "org", "html", "htm", "php", "events", "event", "node");

    static Found in(List<String> lines, String url) {
        Set<String> urlWords = urlWords(url);
        Found best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < Math.min(LOOK, lines.size()); i++) {
            if (RoleLabel.of(lines.get(i)).isPresent() || PersonLine.parse(lines.get(i)).isPresent()) {
                break; // the people begin: the event's name stands above them
            }
            Optional<String> candidate = candidate(lines.get(i));
            if (candidate.isEmpty()) {
                continue;
            }
            String t = candidate.get();
            double score = overlap(t, urlWords) * 4 + shared(t, urlWords) * 0.5 - i * 0.15;
            if (repeated(lines, i, t)) {
                score += 1.5;
            }
            if (LineShape.words(t) < 3) {
                score -= 1;
            }
            if (PageKind.EVENT_WORDS.matcher(t).find() || EventTypes.in(t).isPresent()) {
                score += 0.5; // "Pressegespräch mit ...", "Webinar on ...": the event's name, not the site's
            }
            if (score > bestScore) {
                bestScore = score;
                best = new Found(t, i, null);
            }
        }
        boolean urlNamesIt = urlWords.size() >= 3;
        if (best != null && (!urlNamesIt || shared(best.title(), urlWords) >= 2 || repeated(lines, best.index(), best.title()))) {
            return best;
        }
        if (urlNamesIt && url != null) {
            String derived = fromUrl(url);
            return new Found(derived, -1, "no line of the page reads as the event's name; \"" + derived
                    + "\" is made from the page's address: give the event's own title (import --title)");
        }
        if (best != null) {
            return new Found(best.title(), best.index(), "the page's first lines do not clearly name the event; \"" + best.title()
                    + "\" was taken as its title");
        }
        return null;
    }

    /** The line as a title, without a date or label before it, unless it cannot be one. */
    static Optional<String> candidate(String line) {
        String t = line.strip();
        java.util.regex.Matcher label = LABEL.matcher(t);
        if (label.matches()) {
            t = label.group(1).strip();
        }
        if (FIELD.matcher(t).matches() || RELATIVE.matcher(t).matches() || t.startsWith("—") || t.endsWith(":")) {
            return Optional.empty();
        }
        t = RUN_IN_DATE.matcher(t).replaceFirst("");
        t = LEADING_TIME.matcher(t).replaceFirst("");
        t = DATE_PREFIX.matcher(t).replaceFirst("").strip();
        t = FORMAT_SUFFIX.matcher(t).replaceFirst("").strip();
        if (t.length() < 8 || t.length() > 250 || !t.matches(".*\\p{L}{3}.*") || NOT_A_TITLE.matcher(t).matches()) {
            return Optional.empty();
        }
        if (RoleLabel.of(t).isPresent() || PersonLine.parse(t).isPresent() || Furniture.is(t)) {
            return Optional.empty();
        }
        if (java.util.Arrays.stream(t.split("\\s+")).filter(w -> w.matches(".*\\p{L}{3}.*")).count() < 2) {
            return Optional.empty();
        }
        int words = LineShape.words(t);
        if (words > 22 || (words > 14 && t.endsWith("."))) {
            return Optional.empty();
        }
        if (DateFinder.in(t).isPresent() && t.replaceAll("[^\\p{L}]", "").length() < 25) {
            return Optional.empty();
        }
        return Optional.of(t);
    }

    private static boolean repeated(List<String> lines, int at, String t) {
        for (int j = 0; j < Math.min(LOOK + 5, lines.size()); j++) {
            if (j != at && candidate(lines.get(j)).map(o -> Folding.key(o).equals(Folding.key(t))).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static long shared(String title, Set<String> urlWords) {
        return significant(Folding.key(title)).stream().filter(urlWords::contains).count();
    }

    private static double overlap(String title, Set<String> urlWords) {
        if (urlWords.isEmpty()) {
            return 0;
        }
        Set<String> words = significant(Folding.key(title));
        if (words.isEmpty()) {
            return 0;
        }
        long shared = words.stream().filter(urlWords::contains).count();
        return (double) shared / Math.max(words.size(), Math.min(urlWords.size(), 12));
    }

    static Set<String> urlWords(String url) {
        String path = path(url);
        return path == null ? Set.of() : significant(Folding.key(path.replaceAll("[-_/.]", " ")));
    }

    private static Set<String> significant(String key) {
        Set<String> out = new HashSet<>();
        for (String w : key.split(" ")) {
            if (w.length() > 1 && !MINOR.contains(w) && !w.matches("\\d+")) {
                out.add(w);
            }
        }
        return out;
    }

    private static String path(String url) {
        if (url == null) {
            return null;
        }
        try {
            return new URI(url).getPath();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** "…/migration-climate-action-how-labor-mobility-can-help-green-transition" → "Migration climate action how labor …". */
    static String fromUrl(String url) {
        String path = path(url);
        List<String> segments = new ArrayList<>();
        for (String s : path == null ? new String[0] : path.split("/")) {
            if (!s.isBlank()) {
                segments.add(s);
            }
        }
        String longest = segments.stream().max(java.util.Comparator.comparingInt(String::length)).orElse("event");
        String words = longest.replaceAll("\\.[a-z]{2,4}$", "").replaceAll("[-_]+", " ").strip();
        return words.isEmpty() ? "Event" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
