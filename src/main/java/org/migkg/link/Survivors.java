package org.migkg.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.migkg.records.Aliases;

/**
 * Where each retired person id went: a samePerson's {@code replaces} names ids merged into its person, and a person
 * merged in turn takes its retired ids along, so every old IRI points straight at the person who holds its mentions.
 */
final class Survivors {
    private final Map<String, String> into = new HashMap<>();

    Survivors(Aliases aliases) {
        aliases.samePerson().forEach(s -> s.replaces().forEach(old -> {
            if (!old.equals(s.person())) {
                into.putIfAbsent(old, s.person());
            }
        }));
    }

    /** The id that now stands for {@code id}: itself unless a curator retired it. */
    String of(String id) {
        String current = id;
        Set<String> seen = new HashSet<>();
        while (into.containsKey(current) && seen.add(current)) {
            current = into.get(current);
        }
        return current;
    }

    boolean isRetired(String id) {
        return into.containsKey(id);
    }

    Set<String> retired() {
        return into.keySet();
    }
}
