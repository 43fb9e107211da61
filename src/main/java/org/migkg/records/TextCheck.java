package org.migkg.records;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds text that JSON can spell but the graph cannot carry: lone surrogates (escapes such as {@code \ud800} that
 * are not Unicode, so no UTF-8 output can hold them) and control characters other than tab, newline and carriage
 * return (XML 1.0, hence SPARQL XML results and RDF/XML, has no way to write them).
 */
final class TextCheck {
    private TextCheck() {}

    /** Adds a message per bad string to {@code byField} (keyed by JSON pointer) and returns how many it found. */
    static int problems(JsonNode root, Map<String, List<String>> byField) {
        return walk(root, "", byField);
    }

    private static int walk(JsonNode node, String pointer, Map<String, List<String>> byField) {
        if (node.isTextual()) {
            String problem = problem(node.textValue());
            if (problem != null) {
                byField.computeIfAbsent(pointer, k -> new ArrayList<>()).add(problem);
                return 1;
            }
            return 0;
        }
        int found = 0;
        if (node.isObject()) {
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                found += walk(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), byField);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found += walk(node.get(i), pointer + "/" + i, byField);
            }
        }
        return found;
    }

    static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("contains a lone surrogate (\\u%04x at character %d), which is not Unicode text", (int) c, i);
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return String.format("contains the control character U+%04X at character %d", (int) c, i);
            }
        }
        return null;
    }
}
