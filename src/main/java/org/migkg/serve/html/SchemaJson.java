package org.migkg.serve.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The schema.org JSON-LD a page embeds in its head, for search engines and browser tools. */
final class SchemaJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private SchemaJson() {}

    /** The page's top node: {@code @context} schema.org, its type, IRI and name. */
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

    /** A reference to another node, with enough to show it. */
    static ObjectNode ref(String type, String iri, String name) {
        ObjectNode n = JSON.createObjectNode();
        n.put("@type", type);
        n.put("@id", iri);
        if (name != null) {
            n.put("name", name);
        }
        return n;
    }

    static ArrayNode array(ObjectNode parent, String field) {
        return parent.has(field) ? (ArrayNode) parent.get(field) : parent.putArray(field);
    }

    static String write(ObjectNode n) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
