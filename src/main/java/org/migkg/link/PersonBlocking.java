package org.migkg.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migkg.text.PersonName;

/**
 * Which profiles are compared: only those that share a blocking key (surname and first initial, all words sorted, the
 * surname with one letter dropped), never all against all.
 */
final class PersonBlocking {
    private PersonBlocking() {}

    /** Each pair of profiles that share a key and whose names agree, once, ordered by their indexes. */
    static List<PersonCandidate> candidates(List<PersonProfile> profiles) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (PersonProfile p : profiles) {
            for (String key : blockingKeys(p.name())) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(p.index());
            }
        }
        // pairs as (a << 32 | b), sorted and distinct: the order of the result, without hashing boxed pairs
        long[] pairs = new long[1024];
        int count = 0;
        for (List<Integer> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    int a = Math.min(block.get(i), block.get(j));
                    int b = Math.max(block.get(i), block.get(j));
                    if (a == b) {
                        continue;
                    }
                    if (count == pairs.length) {
                        pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    pairs[count++] = ((long) a << 32) | b;
                }
            }
        }
        Arrays.sort(pairs, 0, count);
        List<PersonCandidate> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            if (k > 0 && pairs[k] == pairs[k - 1]) {
                continue;
            }
            PersonCandidate c = PersonCandidate.of(profiles.get((int) (pairs[k] >>> 32)), profiles.get((int) pairs[k]));
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Surname key with first initial (for each way the surname may be written; also with the second given name's
     * initial), all words sorted (for swapped order), and the surname with one letter deleted (for a slip in the surname).
     */
    static Set<String> blockingKeys(PersonName name) {
        Set<String> keys = new HashSet<>();
        keys.add("w " + name.sortedWords());
        for (String surname : name.surnameKeys()) {
            keys.add("s " + surname + " " + name.initial());
            if (!name.middle().isEmpty() && !PersonName.isInitial(name.middle().get(0))) {
                // meets the name without its first given name: "Grace Linmo" for "Camille Grace Linmo"
                keys.add("s " + surname + " " + name.middle().get(0).charAt(0));
            }
        }
        String surname = name.surnameKey();
        if (surname.length() >= 4 && name.hasGiven() && !name.givenIsInitial()) {
            keys.add("d " + name.given() + " " + surname);
            for (int i = 0; i < surname.length(); i++) {
                keys.add("d " + name.given() + " " + surname.substring(0, i) + surname.substring(i + 1));
            }
        }
        return keys;
    }
}
