package org.migkg.importer;

import org.migkg.text.Slugs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facet list at the foot of a UN Network on Migration hub listing: each heading ("Type of Event", "Main
 * organizer/s", "GCM Objectives", "Cross Cutting Theme"...) followed by its values, often none. SDG values
 * ("SDG.10 - Reduced Inequalities", "Target 10.7") are recognized wherever they stand.
 */
final class HubFacetList {

    static final List<String> HEADINGS = List.of("Type of Event", "Event Category", "Main organizer/s", "Target Audience",
            "Geographic Scope", "Workstream Output", "Regional Review Process", "GCM Objectives", "Cross Cutting Theme",
            "SDG", "SDG Targets");
    static final Set<String> THEMES = Set.of("people-centred", "international-cooperation", "national-sovereignty",
            "rule-of-law-and-due-process", "sustainable-development", "human-rights", "gender-responsive", "child-sensitive",
            "whole-of-government-approach", "whole-of-society-approach");

    private static final Pattern SDG = Pattern.compile("^SDG\\.?\\s*(\\d{1,2})\\b.*$");
    private static final Pattern SDG_TARGET = Pattern.compile("^Target\\s+(\\d{1,2}\\.(?:\\d{1,2}|[a-c]))\\b.*$");
    private static final Pattern OBJECTIVE = Pattern.compile("^(?:Objective\\s+)?(\\d{1,2})\\s*[-–]\\s*\\S.*$");

    final Map<String, List<String>> values = new LinkedHashMap<>();
    final List<Integer> objectives = new ArrayList<>();
    final List<String> themes = new ArrayList<>();
    final List<String> sdgs = new ArrayList<>();
    final List<String> sdgTargets = new ArrayList<>();
    final List<String> unread = new ArrayList<>();

    static boolean isHeading(String line) {
        return HEADINGS.contains(line);
    }

    static HubFacetList read(List<String> lines) {
        HubFacetList f = new HubFacetList();
        String heading = null;
        for (String line : lines) {
            if (isHeading(line)) {
                heading = line;
                f.values.putIfAbsent(heading, new ArrayList<>());
                continue;
            }
            Matcher m;
            if ((m = SDG.matcher(line)).matches()) {
                addOnce(f.sdgs, m.group(1));
            } else if ((m = SDG_TARGET.matcher(line)).matches()) {
                addOnce(f.sdgTargets, m.group(1));
            } else if ("GCM Objectives".equals(heading) && (m = OBJECTIVE.matcher(line)).matches()) {
                int n = Integer.parseInt(m.group(1));
                if (n >= 1 && n <= 23 && !f.objectives.contains(n)) {
                    f.objectives.add(n);
                }
            } else if ("Cross Cutting Theme".equals(heading)) {
                String slug = Slugs.of(line.toLowerCase(Locale.ROOT).replace("centered", "centred"));
                if (THEMES.contains(slug)) {
                    addOnce(f.themes, slug);
                } else {
                    f.unread.add(heading + ": " + line);
                }
            } else if (heading != null) {
                f.values.get(heading).add(line);
            } else {
                f.unread.add(line);
            }
        }
        return f;
    }

    List<String> get(String heading) {
        return values.getOrDefault(heading, List.of());
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }
}
