package org.migkg.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which records are compared to find those that describe one event: never all pairs. */
final class SameEventBlocking {
    /** A key shared by more records than this on the same days says nothing about a pair and makes no candidates. */
    static final int BLOCK_LIMIT = 50;

    private SameEventBlocking() {}

    /**
     * Pairs of records that can mean a common day and share a title word, a person, an organization or a series. Each
     * key's records are swept in date order, and a record is paired with the records of the key whose days it reaches;
     * a key shared by more than {@link #BLOCK_LIMIT} records at once says nothing and makes no pairs. Memory and time
     * follow the number of (record, key) entries and of pairs, not the days records span.
     */
    static long[] candidates(List<EventProfile> profiles) {
        Map<String, Integer> keyIds = new HashMap<>();
        List<int[]> postings = new ArrayList<>();
        int[] sizes = new int[16];
        for (EventProfile p : profiles) {
            for (String key : keys(p)) {
                int id = keyIds.computeIfAbsent(key, k -> keyIds.size());
                if (id == postings.size()) {
                    postings.add(new int[2]);
                    if (sizes.length <= id) {
                        sizes = Arrays.copyOf(sizes, sizes.length * 2);
                    }
                }
                int[] list = postings.get(id);
                if (sizes[id] == list.length) {
                    list = Arrays.copyOf(list, list.length * 2);
                    postings.set(id, list);
                }
                list[sizes[id]++] = p.index();
            }
        }
        long[] pairs = new long[1024];
        int count = 0;
        Comparator<Integer> byDate = Comparator.comparing((Integer i) -> profiles.get(i).span().from()).thenComparingInt(i -> i);
        List<Integer> active = new ArrayList<>();
        for (int k = 0; k < postings.size(); k++) {
            if (sizes[k] < 2) {
                continue;
            }
            List<Integer> list = new ArrayList<>(sizes[k]);
            for (int j = 0; j < sizes[k]; j++) {
                list.add(postings.get(k)[j]);
            }
            list.sort(byDate);
            active.clear();
            for (int r : list) {
                LocalDate from = profiles.get(r).span().from();
                active.removeIf(a -> profiles.get(a).span().to().isBefore(from));
                if (active.size() <= BLOCK_LIMIT) {
                    for (int a : active) {
                        if (count == pairs.length) {
                            pairs = Arrays.copyOf(pairs, pairs.length * 2);
                        }
                        pairs[count++] = EventMatches.pair(a, r);
                    }
                }
                active.add(r);
            }
        }
        return Arrays.stream(pairs, 0, count).sorted().distinct().toArray();
    }

    private static List<String> keys(EventProfile p) {
        List<String> keys = new ArrayList<>();
        p.title().words().forEach(w -> keys.add("w " + w));
        p.people().forEach(x -> keys.add("p " + x));
        p.organizations().forEach(x -> keys.add("o " + x));
        p.series().forEach(x -> keys.add("s " + x));
        return keys;
    }
}
