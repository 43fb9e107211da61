package org.migkg.serve.reconcile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.migkg.text.Folding;

/**
 * The suggest services: completions for what a user is typing. Entities whose name (or other name, or id) begins with
 * the prefix come first, then those with a word beginning with each word of the prefix; types and properties by the
 * start of their id, name or a word of their name.
 */
final class Suggestions {
    static final int PAGE = 10;

    private final Catalogue catalogue;

    Suggestions(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    private record Ranked(Entry entry, int rank) {}

    ObjectNode entities(String prefix, Optional<ReconType> type, int cursor, int limit) {
        String key = Folding.key(prefix == null ? "" : prefix);
        List<Ranked> hits = new ArrayList<>();
        if (!key.isEmpty()) {
            String[] words = key.split(" ");
            for (Entry e : catalogue.entries()) {
                if (type.isPresent() && e.type() != type.get()) {
                    continue;
                }
                int rank = rank(e, prefix.strip(), key, words);
                if (rank >= 0) {
                    hits.add(new Ranked(e, rank));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Ranked::rank).thenComparing(r -> r.entry().name().length())
                .thenComparing(r -> r.entry().name()).thenComparing(r -> r.entry().id()));
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        hits.stream().skip(Math.max(0, cursor)).limit(limit).forEach(r -> {
            ObjectNode n = result.addObject();
            n.put("id", r.entry().id());
            n.put("name", r.entry().name());
            if (!r.entry().facts().isEmpty()) {
                n.put("description", r.entry().description());
            }
            n.putArray("notable").add(r.entry().type().json());
        });
        return wrap(result);
    }

    /** 0 when a name or the id begins with the prefix, 1 when each of its words begins a word of a name, else -1. */
    private static int rank(Entry e, String prefix, String key, String[] words) {
        if (e.id().startsWith(prefix)) {
            return 0;
        }
        int best = -1;
        for (String name : e.names()) {
            String n = Folding.key(name);
            if (n.startsWith(key) || n.replace(" ", "").startsWith(key.replace(" ", ""))) {
                return 0;
            }
            if (best < 0 && everyWordBegins(words, n.split(" "))) {
                best = 1;
            }
        }
        return best;
    }

    private static boolean everyWordBegins(String[] prefixWords, String[] nameWords) {
        for (String p : prefixWords) {
            boolean found = false;
            for (String w : nameWords) {
                found |= w.startsWith(p);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    static ObjectNode types(String prefix) {
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        for (ReconType t : ReconType.values()) {
            if (begins(prefix, t.id, t.label)) {
                result.add(t.json());
            }
        }
        return wrap(result);
    }

    /** Properties that apply to the type (organizations have only a country), by prefix. */
    static ObjectNode properties(String prefix, Optional<ReconType> type) {
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        for (ReconProperty p : ReconProperty.values()) {
            boolean applies = type.isEmpty() || type.get() != ReconType.ORGANIZATION || p == ReconProperty.COUNTRY;
            if (applies && begins(prefix, p.id, p.label)) {
                result.add(p.json());
            }
        }
        return wrap(result);
    }

    private static boolean begins(String prefix, String id, String label) {
        String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (p.isEmpty() || id.toLowerCase(Locale.ROOT).startsWith(p)) {
            return true;
        }
        for (String w : label.toLowerCase(Locale.ROOT).split(" ")) {
            if (w.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode wrap(ArrayNode result) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("result", result);
        return out;
    }
}
