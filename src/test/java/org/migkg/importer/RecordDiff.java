package org.migkg.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.migkg.records.EventRecord;

/** Field-by-field differences between two records, as JSON Pointers to the leaves that differ. */
final class RecordDiff {
    private RecordDiff() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    record Difference(String field, String left, String right) {
        @Override
        public String toString() {
            return field + ": " + left + " -> " + right;
        }
    }

    /** Every leaf that differs, the review list itself left out. */
    static List<Difference> between(EventRecord left, EventRecord right) {
        Map<String, String> a = leaves(JSON.valueToTree(left));
        Map<String, String> b = leaves(JSON.valueToTree(right));
        Set<String> fields = new TreeSet<>(a.keySet());
        fields.addAll(b.keySet());
        List<Difference> out = new ArrayList<>();
        for (String f : fields) {
            if (f.equals("/review") || f.startsWith("/review/")) {
                continue;
            }
            String x = a.get(f);
            String y = b.get(f);
            if (x == null ? y != null : !x.equals(y)) {
                out.add(new Difference(f, x == null ? "(absent)" : x, y == null ? "(absent)" : y));
            }
        }
        return out;
    }

    /** Whether a review item for {@code flagged} covers the field (the field itself or anything under it). */
    static boolean covers(EventRecord draft, String field) {
        return draft.review().stream().anyMatch(r -> field.equals(r.field()) || field.startsWith(r.field() + "/"));
    }

    static Map<String, String> leaves(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        walk("", node, out);
        return out;
    }

    private static void walk(String pointer, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(pointer + "/" + i, node.get(i), out);
            }
        } else if (!node.isNull()) {
            out.put(pointer, node.toString());
        }
    }
}
