package org.migkg.serve.reconcile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.migkg.text.Folding;

/** Events by title (or subtitle) words: the same title scores highest, then titles holding most of the query's words. */
final class EventFinder implements NameFinder {
    private final Catalogue catalogue;

    EventFinder(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Map<Entry, NameScore> find(String text) {
        Map<Entry, NameScore> out = new LinkedHashMap<>();
        String key = Folding.key(text);
        Set<String> query = Words.of(text);
        for (Entry e : catalogue.withWords(query, ReconType.EVENT)) {
            NameScore best = null;
            for (String n : e.names()) {
                NameScore s;
                if (Folding.key(n).equals(key)) {
                    s = new NameScore(0.95, NameStrength.FULL);
                } else {
                    Set<String> title = Words.of(n);
                    double sim = 0.5 * Words.dice(query, title) + 0.5 * Words.covered(query, title);
                    s = new NameScore(0.85 * sim, sim >= 0.75 ? NameStrength.PARTIAL : NameStrength.WEAK);
                }
                best = s.better(best);
            }
            out.put(e, best);
        }
        return out;
    }
}
