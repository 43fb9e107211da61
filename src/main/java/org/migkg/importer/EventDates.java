package org.migkg.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chooses an event's date and times among the dates its page states. A labelled date ("Date:", "When:", "Datum:",
 * "Horaires", a label alone on the line above) comes first, then a date that opens a short line, then one in running
 * text, each nearest the top first. A publication date is taken only when the page states no other, and then says so.
 * The times are read from the rest of the date's line, the line after it, or a line labelled as the time nearby.
 */
final class EventDates {
    private EventDates() {}

    private static final Pattern EVENT_LABEL = labels(true);
    private static final Pattern TIME_LABEL = labels(false);
    private static final Pattern EXAMPLE = Pattern.compile("^.*(?:e\\.g\\.|z\\.\\s?B\\.|p\\.\\s?ex\\.|for example)[,:]?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final int NEARBY_LINES = 6;

    private static Pattern labels(boolean event) {
        String words = DateLanguage.ALL.stream()
                .flatMap(l -> event ? java.util.stream.Stream.concat(l.eventLabels().stream(), l.startLabels().stream()) : l.timeLabels().stream())
                .distinct().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("^[\\W\\d]*(?:" + words + ")\\s*(?:\\([^)]*\\))?\\s*[:：]?[\\s\\W]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A stated date with the line it stands on and how it stands there. */
    private record Placed(DateMention mention, int line, boolean labelled, boolean opensLine, boolean alone, boolean example) {
        int rank() {
            return labelled ? 0 : opensLine ? 1 : 2;
        }
    }

    static Optional<EventDate> of(List<String> lines, DateHints hints) {
        String text = String.join("\n", lines);
        DateHints h = hints.pageText() == null ? hints.withPageText(text) : hints;
        List<Placed> placed = place(lines, DateFinder.all(text, h)).stream().filter(p -> !p.example()).toList();
        List<Placed> events = placed.stream().filter(p -> p.mention().isDate() && !p.mention().published()
                && (!p.mention().relative() || p.alone() || p.labelled())).toList();
        List<String> doubts = new ArrayList<>();
        Placed chosen;
        if (!events.isEmpty()) {
            chosen = events.stream().min(Comparator.comparingInt(Placed::rank)
                    .thenComparing(p -> p.mention().relative()).thenComparing(p -> !p.mention().yearStated())
                    .thenComparingInt(Placed::line)).orElseThrow();
        } else {
            Optional<Placed> published = placed.stream().filter(p -> p.mention().isDate() && p.mention().published()).findFirst();
            if (published.isEmpty()) {
                return Optional.empty();
            }
            chosen = published.get();
            doubts.add("only a publication date is stated (" + chosen.mention().stated() + "); the event's date may differ");
        }
        DateMention date = chosen.mention();
        List<String> dateDoubts = new ArrayList<>(date.doubts());
        placed.stream().filter(p -> !p.mention().isDate() && (p.labelled() || Math.abs(p.line() - chosen.line()) <= 1))
                .forEach(p -> dateDoubts.addAll(p.mention().doubts()));
        dateDoubts.addAll(doubts);
        several(events, placed, chosen).ifPresent(dateDoubts::add);
        java.util.regex.Matcher heading = ZONE_HEADING.matcher(h.pageText() == null ? text : h.pageText());
        Optional<StatedTimes> times = times(lines, chosen, heading.find() ? heading.group(1).strip() : null);
        times.ifPresent(t -> dateDoubts.addAll(t.doubts()));
        return Optional.of(new EventDate(date.start(), date.end(), times.map(StatedTimes::localStart).orElse(null),
                times.map(StatedTimes::localEnd).orElse(null), times.map(StatedTimes::offset).orElse(null), date.yearStated(),
                date.stated(), times.map(StatedTimes::stated).orElse(List.of()), new ArrayList<>(new LinkedHashSet<>(dateDoubts))));
    }

    private static List<Placed> place(List<String> lines, List<DateMention> mentions) {
        List<Placed> out = new ArrayList<>();
        int line = 0;
        int lineStart = 0;
        for (DateMention m : mentions) {
            while (line + 1 < lines.size() && lineStart + lines.get(line).length() < m.offset()) {
                lineStart += lines.get(line).length() + 1;
                line++;
            }
            String prefix = lines.get(line).substring(0, Math.max(0, Math.min(lines.get(line).length(), m.offset() - lineStart)));
            boolean labelled = EVENT_LABEL.matcher(prefix).matches()
                    || prefix.strip().replaceAll("[\\W]", "").isEmpty() && line > 0 && EVENT_LABEL.matcher(previous(lines, line)).matches();
            boolean opensLine = prefix.replaceAll("\\W", "").isEmpty() || prefix.length() <= 30 && lines.get(line).length() <= 80;
            boolean alone = !lines.get(line).replace(m.stated(), "").matches(".*\\p{L}.*");
            out.add(new Placed(m, line, labelled, opensLine, alone, EXAMPLE.matcher(prefix).matches()));
        }
        return out;
    }

    private static String previous(List<String> lines, int line) {
        for (int i = line - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return "";
    }

    /** A doubt when the page states several different event dates on lines of their own, or several publication dates. */
    private static Optional<String> several(List<Placed> events, List<Placed> placed, Placed chosen) {
        Set<String> dates = events.stream().filter(p -> p.labelled() || p.opensLine()).filter(p -> !p.mention().relative())
                .map(p -> span(p.mention())).collect(Collectors.toCollection(LinkedHashSet::new));
        if (dates.size() > 1) {
            return Optional.of("the page states " + dates.size() + " different dates on lines of their own (" + String.join("; ", dates)
                    + "): it may list several events or sessions; read as " + span(chosen.mention()));
        }
        Set<String> posted = placed.stream().filter(p -> p.mention().isDate() && p.mention().published())
                .map(p -> span(p.mention())).collect(Collectors.toCollection(LinkedHashSet::new));
        if (posted.size() > 1) {
            return Optional.of("the page states " + posted.size() + " different publication dates (" + String.join("; ", posted)
                    + "): it may be a listing of several posts");
        }
        return Optional.empty();
    }

    private static String span(DateMention m) {
        return m.end() == null ? m.start().toString() : m.start() + " to " + m.end();
    }

    /** "Time (CET)" heading a calendar's column: the zone of every time below it. */
    private static final Pattern ZONE_HEADING = Pattern.compile("(?m)^(?:Times?|Zeit|Uhrzeit|Heure|Horaires?)\\s*\\(([^()]{2,20})\\)\\s*$");

    private static Optional<StatedTimes> withHeadingZone(StatedTimes local, Placed chosen, String zoneHeading) {
        Optional<StatedTimes> zoned = StatedTimes.in(String.join(" ", local.stated()) + " " + zoneHeading, chosen.mention().start());
        if (zoned.isEmpty() || !zoned.get().hasOffset()) {
            return Optional.of(local);
        }
        List<String> doubts = new ArrayList<>(zoned.get().doubts());
        doubts.add("the times carry no zone; " + zoneHeading + " is taken from the heading of the page's time column");
        StatedTimes z = zoned.get();
        return Optional.of(new StatedTimes(local.stated(), z.localStart(), z.localEnd(), z.offset(), doubts));
    }

    private static Optional<StatedTimes> times(List<String> lines, Placed chosen, String zoneHeading) {
        List<String> sources = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i < chosen.line(); i++) {
            lineStart += lines.get(i).length() + 1;
        }
        String line = lines.get(chosen.line());
        sources.add(line.substring(Math.max(0, Math.min(line.length(), chosen.mention().offset() - lineStart))));
        if (chosen.line() + 1 < lines.size() && lines.get(chosen.line() + 1).length() <= 120) {
            sources.add(lines.get(chosen.line() + 1));
        }
        for (int i = Math.max(0, chosen.line() - NEARBY_LINES); i < Math.min(lines.size(), chosen.line() + NEARBY_LINES); i++) {
            String l = lines.get(i);
            int colon = l.indexOf(':');
            if (colon > 0 && TIME_LABEL.matcher(l.substring(0, colon + 1)).matches()) {
                sources.add(l.substring(colon + 1));
            } else if (TIME_LABEL.matcher(l).matches() && i + 1 < lines.size()) {
                sources.add(lines.get(i + 1));
            }
        }
        for (int i = chosen.line() + 2; i < Math.min(lines.size(), chosen.line() + 4); i++) {
            if (lines.get(i).length() <= 40 && lines.get(i).matches(".*\\d.*") && !lines.get(i).matches(".*\\p{L}{4,}.*")) {
                sources.add(lines.get(i)); // a calendar row: the date, the title, then the times on a line of their own
            }
        }
        for (String s : sources) {
            Optional<StatedTimes> t = StatedTimes.in(s, chosen.mention().start());
            if (t.isPresent()) {
                return t.get().hasOffset() || zoneHeading == null ? t : withHeadingZone(t.get(), chosen, zoneHeading);
            }
        }
        return timesBesideTheSameDay(lines, chosen);
    }

    /** "Join us on 7 July 12:30 – 14:00 (CEST)" above "On 7 July 2020 ...": the times stand with another mention of the day. */
    private static Optional<StatedTimes> timesBesideTheSameDay(List<String> lines, Placed chosen) {
        java.time.MonthDay day = java.time.MonthDay.from(chosen.mention().start());
        for (int i = 0; i < lines.size(); i++) {
            if (i == chosen.line()) {
                continue;
            }
            String l = lines.get(i);
            boolean sameDay = DateFinder.all(l, DateHints.on(chosen.mention().start())).stream()
                    .anyMatch(m -> m.isDate() && java.time.MonthDay.from(m.start()).equals(day));
            if (sameDay) {
                Optional<StatedTimes> t = StatedTimes.in(l, chosen.mention().start());
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }
}
