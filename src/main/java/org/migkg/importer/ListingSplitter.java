package org.migkg.importer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pages that list several events (a podcast category, a news listing, a calendar, a series' past sessions): each item
 * starts at a line that is mostly a date ("Date posted: Friday, 13 July 2018", "Thursday Nov 16, 2023",
 * "26 October"), or at the title line just above it when the page writes titles first. Dates all within a week are
 * the days of one event, not a listing, unless the page writes each item's date twice as feeds do.
 */
final class ListingSplitter {
    private ListingSplitter() {}

    private static final Pattern POSTED = Pattern.compile("^(?:Date posted|Posted(?: on)?|Published(?: on)?|Veröffentlicht(?: am)?|Publié le)\\s*:?\\s*.+",
            Pattern.CASE_INSENSITIVE);
    private static final int SAME_EVENT_DAYS = 7;

    /** The items' lines, or empty when the page describes one event. */
    static List<List<SavedPage.Line>> items(List<SavedPage.Line> lines, DateHints hints) {
        List<Integer> anchors = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        boolean doubled = true;
        for (int i = 0; i < lines.size(); i++) {
            Optional<LocalDate> d = Furniture.is(lines.get(i).text()) ? Optional.empty() : anchorDate(lines.get(i).text(), hints);
            if (d.isEmpty()) {
                continue;
            }
            boolean repeat = i > 0 && lines.get(i - 1).text().equals(lines.get(i).text());
            if (repeat) {
                continue; // a feed writes each item's date twice, one line under the other
            }
            doubled &= i + 1 < lines.size() && lines.get(i + 1).text().equals(lines.get(i).text());
            anchors.add(i);
            dates.add(d.get());
        }
        if (anchors.size() < 2 || !(spread(dates) || doubled) || !contentBetween(anchors, lines.size())) {
            return List.of();
        }
        boolean titleFirst = anchors.stream().allMatch(a -> a > 0 && !anchors.contains(a - 1)
                && TitleFinder.candidate(lines.get(a - 1).text()).isPresent()
                && (a + 1 >= lines.size() || TitleFinder.candidate(lines.get(a + 1).text()).isEmpty()));
        List<Integer> starts = anchors.stream().map(a -> titleFirst ? a - 1 : a).toList();
        List<List<SavedPage.Line>> items = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            items.add(List.copyOf(lines.subList(starts.get(k), end)));
        }
        return items;
    }

    /** The date of a line that is mostly a date (or a posting date), else empty. */
    static Optional<LocalDate> anchorDate(String line, DateHints hints) {
        if (line.length() > 90) {
            return Optional.empty();
        }
        Optional<DateMention> d = DateFinder.all(line, hints).stream().filter(DateMention::isDate).findFirst();
        if (d.isEmpty()) {
            return Optional.empty();
        }
        if (POSTED.matcher(line).matches()) {
            return Optional.of(d.get().start());
        }
        String rest = line.replace(d.get().stated(), " ").replaceAll("[^\\p{L}]+", " ").strip();
        return rest.isEmpty() || rest.split(" ").length <= 2 ? Optional.of(d.get().start()) : Optional.empty();
    }

    private static boolean spread(List<LocalDate> dates) {
        LocalDate min = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate max = dates.stream().max(LocalDate::compareTo).orElseThrow();
        return ChronoUnit.DAYS.between(min, max) > SAME_EVENT_DAYS;
    }

    private static boolean contentBetween(List<Integer> anchors, int size) {
        for (int k = 0; k < anchors.size(); k++) {
            int next = k + 1 < anchors.size() ? anchors.get(k + 1) : size;
            if (next - anchors.get(k) < 2) {
                return false;
            }
        }
        return true;
    }
}
