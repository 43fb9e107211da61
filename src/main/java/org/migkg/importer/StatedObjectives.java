package org.migkg.importer;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GCM objectives a page names by number: "GCM Objective 1", "Objectives 2, 5 and 23", "objective 21 of the Global
 * Compact", "GCM-Ziel 7", "l'objectif 12 du Pacte mondial". Only 1 to 23, and only where the text speaks of the
 * Global Compact for Migration (or writes "GCM"), so that other numbered objectives are not taken.
 */
final class StatedObjectives {
    private StatedObjectives() {}

    private static final Pattern NUMBERED = Pattern.compile(
            "\\b(?:GCM[- ])?(?:objectives?|ziele?|objectifs?)\\s+((?:n[°o]\\.?\\s*)?\\d{1,2}(?:\\s*(?:,|and|und|et|&|-|–)\\s*\\d{1,2})*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT = Pattern.compile(
            "\\bGCM\\b|Global Compact for (?:Safe, Orderly and Regular )?Migration|Migrationspakt|Pacte mondial (?:pour|sur) (?:des )?migrations?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    static List<Integer> in(String text) {
        if (!COMPACT.matcher(text).find()) {
            return List.of();
        }
        TreeSet<Integer> found = new TreeSet<>();
        Matcher m = NUMBERED.matcher(text);
        while (m.find()) {
            Matcher n = NUMBER.matcher(m.group(1));
            while (n.find()) {
                int k = Integer.parseInt(n.group());
                if (k >= 1 && k <= 23) {
                    found.add(k);
                }
            }
        }
        return List.copyOf(found);
    }
}
