package org.migkg.serve.reconcile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Organizations by name, acronym or other name, case, accents and punctuation aside ("WELDO", "weldo"); then as the
 * linker's resolver reads a mention (word order, a trailing country, a parenthesised acronym); then by shared words.
 */
final class OrganizationFinder implements NameFinder {
    private final Catalogue catalogue;

    OrganizationFinder(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Map<Entry, NameScore> find(String text) {
        Map<Entry, NameScore> out = new LinkedHashMap<>();
        Set<String> query = Words.of(text);
        for (Entry e : catalogue.withWords(query, ReconType.ORGANIZATION)) {
            double best = 0;
            for (String n : e.names()) {
                best = Math.max(best, Words.dice(query, Words.of(n)));
            }
            out.put(e, new NameScore(0.85 * best, best >= 0.8 ? NameStrength.PARTIAL : NameStrength.WEAK));
        }
        catalogue.resolveOrganization(text).ifPresent(e -> out.put(e, new NameScore(0.93, NameStrength.FULL)));
        catalogue.organizationsNamed(text).forEach(e -> out.put(e, new NameScore(0.97, NameStrength.FULL)));
        return out;
    }
}
