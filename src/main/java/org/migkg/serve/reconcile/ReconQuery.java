package org.migkg.serve.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One query of a batch: {@code {"query", "type", "limit", "properties": [{"pid", "v"}]}}.
 *
 * @param types         the types asked for; empty when the query names none, so every type is searched
 * @param unknownTypes  whether it named only types this service does not have (then nothing can match)
 */
record ReconQuery(String text, List<ReconType> types, boolean unknownTypes, int limit, Evidence evidence) {
    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 100;

    static ReconQuery of(JsonNode q) {
        if (q.isTextual()) {
            return new ReconQuery(q.asText().strip(), List.of(), false, DEFAULT_LIMIT, Evidence.NONE);
        }
        List<String> named = new ArrayList<>();
        JsonNode type = q.get("type");
        if (type != null && type.isArray()) {
            type.forEach(t -> named.add(t.isObject() ? t.path("id").asText() : t.asText()));
        } else if (type != null && !type.isNull() && !type.asText().isBlank()) {
            named.add(type.isObject() ? type.path("id").asText() : type.asText());
        }
        List<ReconType> types = new ArrayList<>();
        named.forEach(n -> ReconType.named(n).filter(t -> !types.contains(t)).ifPresent(types::add));
        int limit = q.path("limit").asInt(DEFAULT_LIMIT);
        return new ReconQuery(q.path("query").asText("").strip(), List.copyOf(types), !named.isEmpty() && types.isEmpty(),
                limit < 1 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT), Evidence.of(q.get("properties")));
    }

    List<ReconType> searched() {
        return types.isEmpty() ? List.of(ReconType.values()) : types;
    }
}
