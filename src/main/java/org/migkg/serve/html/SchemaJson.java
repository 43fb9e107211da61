package org.migkg.serve.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON for the data elements of the pictures and the query editor. The JSON-LD of the pages is not written here: it
 * comes from triples ({@link EmbeddedJsonLd}).
 */
final class SchemaJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private SchemaJson() {}

    /** The editor's summary of itself: {@code @context} schema.org, its type, IRI and name. */
    static ObjectNode top(String type, String iri, String name) {
        ObjectNode n = JSON.createObjectNode();
        n.put("@context", "https://schema.org");
        n.put("@type", type);
        n.put("@id", iri);
        if (name != null) {
            n.put("name", name);
        }
        return n;
    }

    static String write(ObjectNode n) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
