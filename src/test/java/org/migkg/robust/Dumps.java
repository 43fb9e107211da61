package org.migkg.robust;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Short descriptions of how two sorted N-Quads dumps differ, for assertion messages. */
final class Dumps {
    private Dumps() {}

    static String diff(String expected, String actual) {
        Set<String> a = new TreeSet<>(expected.lines().toList());
        Set<String> b = new TreeSet<>(actual.lines().toList());
        List<String> out = new ArrayList<>();
        a.stream().filter(l -> !b.contains(l)).limit(5).forEach(l -> out.add("- " + shorten(l)));
        b.stream().filter(l -> !a.contains(l)).limit(5).forEach(l -> out.add("+ " + shorten(l)));
        return expected.lines().count() + " vs " + actual.lines().count() + " quads; first differences:\n" + String.join("\n", out);
    }

    private static String shorten(String line) {
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
