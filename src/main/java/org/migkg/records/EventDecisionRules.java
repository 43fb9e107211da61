package org.migkg.records;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a schema cannot check in the curated event decisions: a record is in one {@code sameEvent} at most, no two
 * records are said to be one event and different events, an event id belongs to one decision. With the whole corpus
 * at hand, records a decision names that are not in it are reported (the decision applies to those present), and ids
 * it retires must not be records still loaded.
 */
final class EventDecisionRules {
    private EventDecisionRules() {}

    /** @param records the ids of the whole corpus's records, or null when only part of it is loaded */
    static void check(String file, Aliases aliases, Set<String> records, List<Problem> problems, List<Problem> warnings) {
        Map<String, Integer> decisionOf = new HashMap<>();
        Map<String, Integer> eventOf = new HashMap<>();
        for (int i = 0; i < aliases.sameEvent().size(); i++) {
            Aliases.SameEvent same = aliases.sameEvent().get(i);
            String at = "/sameEvent/" + i;
            for (int j = 0; j < same.records().size(); j++) {
                Integer other = decisionOf.putIfAbsent(same.records().get(j), i);
                if (other != null && other != i) {
                    problems.add(new Problem(file, same.records().get(j), at + "/records/" + j,
                            "record '" + same.records().get(j) + "' is already in /sameEvent/" + other + "; join the two decisions"));
                }
            }
            String event = same.event();
            if (event != null) {
                Integer other = eventOf.putIfAbsent(event, i);
                if (other != null) {
                    problems.add(new Problem(file, event, at + "/event", "event id '" + event + "' is also given by /sameEvent/" + other));
                }
            }
            for (int j = 0; j < same.replaces().size(); j++) {
                String retired = same.replaces().get(j);
                if (same.records().contains(retired) || retired.equals(event)) {
                    problems.add(new Problem(file, retired, at + "/replaces/" + j, "'" + retired + "' is one of this decision's records or its event; only ids whose records are gone are replaced"));
                } else if (records != null && records.contains(retired)) {
                    problems.add(new Problem(file, retired, at + "/replaces/" + j, "record '" + retired + "' is still loaded; list it under records instead"));
                }
            }
            if (records != null) {
                if (event != null && records.contains(event) && !same.records().contains(event)) {
                    problems.add(new Problem(file, event, at + "/event", "event id '" + event + "' is the id of a record this decision does not name"));
                }
                absent(file, at, same.records(), records, warnings);
            }
        }
        for (int i = 0; i < aliases.sameEvent().size(); i++) {
            Aliases.SameEvent same = aliases.sameEvent().get(i);
            if (same.event() != null && decisionOf.containsKey(same.event()) && decisionOf.get(same.event()) != i) {
                problems.add(new Problem(file, same.event(), "/sameEvent/" + i + "/event",
                        "event id '" + same.event() + "' is a record of /sameEvent/" + decisionOf.get(same.event())));
            }
        }
        for (int i = 0; i < aliases.differentEvents().size(); i++) {
            List<String> apart = aliases.differentEvents().get(i).records();
            String at = "/differentEvents/" + i;
            for (int a = 0; a < apart.size(); a++) {
                for (int b = a + 1; b < apart.size(); b++) {
                    Integer da = decisionOf.get(apart.get(a));
                    if (da != null && da.equals(decisionOf.get(apart.get(b)))) {
                        problems.add(new Problem(file, apart.get(b), at + "/records/" + b, "'" + apart.get(a) + "' and '"
                                + apart.get(b) + "' are one event in /sameEvent/" + da + "; decide one way"));
                    }
                }
            }
            if (records != null) {
                absent(file, at, apart, records, warnings);
            }
        }
    }

    private static void absent(String file, String at, List<String> named, Set<String> records, List<Problem> warnings) {
        for (int j = 0; j < named.size(); j++) {
            if (!records.contains(named.get(j))) {
                warnings.add(new Problem(file, named.get(j), at + "/records/" + j,
                        "no record '" + named.get(j) + "' in this load; the decision applies to the records that are"));
            }
        }
    }
}
