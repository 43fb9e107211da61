package org.migkg.synth;

import java.util.List;
import java.util.Random;

/** Draws from a seeded random source: a falling 1/rank index, an item of a list, a sentence of topic words. */
final class RandomDraws {
    private RandomDraws() {}


    /** An index in [0, size) with probability falling as 1/(index+1). */
    static int zipfIndex(Random random, int size) {
        double r = Math.exp(random.nextDouble() * Math.log(size + 1.0)) - 1.0;
        return Math.min(size - 1, (int) r);
    }

    static String sentence(Random random, List<String> topic, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = random.nextDouble() < 0.55 ? pick(random, topic) : pick(random, NamePools.FILLER);
            s.append(i == 0 ? capitalize(w) : w).append(i == words - 1 ? "." : " ");
        }
        return s.toString();
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
