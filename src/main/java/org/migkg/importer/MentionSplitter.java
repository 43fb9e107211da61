package org.migkg.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "Name, Position" from a line, and splits a run of them ("A, Director, X; B, Fellow, Y; and C, Chair, Z", or
 * "A, Director, X, and B, Fellow, Y") where the next piece starts with a person's name.
 */
final class MentionSplitter {
    private MentionSplitter() {}

    private static final Pattern BULLET = Pattern.compile("^(?:[•·▪◦*\\-–]\\s+)");
    private static final Pattern BOUNDARY = Pattern.compile(";\\s+and\\s+|;\\s+|,\\s+and\\s+");

    record NameAndPosition(String name, String position) {}

    /** A line that is one person: "Camille Le Coz, Senior Policy Analyst, MPI and MPI Europe". */
    static Optional<NameAndPosition> single(String line) {
        String t = BULLET.matcher(line.strip()).replaceFirst("").strip();
        int comma = t.indexOf(',');
        if (comma <= 0) {
            return Optional.empty();
        }
        String name = t.substring(0, comma).strip();
        String position = t.substring(comma + 1).strip();
        if (!PersonNames.looksLikeName(name) || position.isEmpty() || position.length() > 400) {
            return Optional.empty();
        }
        return Optional.of(new NameAndPosition(name, position));
    }

    /** Several people in one run of text. */
    static List<NameAndPosition> several(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        List<Integer> ends = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text);
        while (m.find()) {
            String next = text.substring(m.end());
            int comma = next.indexOf(',');
            if (comma > 0 && PersonNames.looksLikeName(next.substring(0, comma))) {
                ends.add(m.start());
                starts.add(m.end());
            }
        }
        ends.add(text.length());
        List<NameAndPosition> people = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            single(text.substring(starts.get(i), ends.get(i))).ifPresent(people::add);
        }
        return people;
    }
}
