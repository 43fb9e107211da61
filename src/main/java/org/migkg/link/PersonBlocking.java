package org.migkg.link;

import java.util.ArrayList;
import java.util.Comparator;
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
        List<Set<String>> keysOf = new ArrayList<>(profiles.size());
        for (PersonProfile p : profiles) {
            Set<String> keys = blockingKeys(p.name());
            keysOf.add(keys);
            for (String key : keys) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(p.index());
            }
        }
        // Keys numbered in their order; each profile's as a sorted array, to find the first key two profiles share.
        List<String> keyOrder = new ArrayList<>(blocks.keySet());
        keyOrder.sort(null);
        Map<String, Integer> keyId = new HashMap<>();
        for (int k = 0; k < keyOrder.size(); k++) {
            keyId.put(keyOrder.get(k), k);
        }
        int[][] keyIds = new int[profiles.size()][];
        for (PersonProfile p : profiles) {
            keyIds[p.index()] = keysOf.get(p.index()).stream().mapToInt(keyId::get).sorted().toArray();
        }
        // A pair sharing several keys is compared once, in the block of the first: the pairs of a large corpus's blocks
        // (a common surname and initial) run to tens of millions, and only those whose names agree are kept.
        List<PersonCandidate> out = new ArrayList<>();
        for (int k = 0; k < keyOrder.size(); k++) {
            List<Integer> block = blocks.get(keyOrder.get(k));
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    int a = Math.min(block.get(i), block.get(j));
                    int b = Math.max(block.get(i), block.get(j));
                    if (a != b && firstShared(keyIds[a], keyIds[b]) == k) {
                        PersonCandidate c = PersonCandidate.of(profiles.get(a), profiles.get(b));
                        if (c != null) {
                            out.add(c);
                        }
                    }
                }
            }
        }
        out.sort(BY_INDEXES);
        return out;
    }

    private static final Comparator<PersonCandidate> BY_INDEXES =
            Comparator.comparingInt((PersonCandidate c) -> c.a().index()).thenComparingInt(c -> c.b().index());

    /** The smallest number in both sorted arrays, or -1. */
    private static int firstShared(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return a[i];
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return -1;
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
