package org.migkg.serve.html;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.migkg.rdf.Prefixes;
import org.migkg.store.ExpandedJsonLd;
import org.migkg.serve.HtmlEscape;

/**
 * The JSON-LD a page embeds in its head: the triples it is given (for an entity, its own statements),
 * compacted by Titanium (the JSON-LD 1.1 processor Jena reads and writes JSON-LD with) against a small context whose
 * vocabulary is {@code https://schema.org/}. The entity is the top node, so a reader finds its {@code @type},
 * {@code name} and {@code startDate} at the top; every other node of the description rides along in
 * {@code @included}, so nothing of the graph is lost.
 */
final class EmbeddedJsonLd {
    private EmbeddedJsonLd() {}

    /** The description as JSON-LD, made safe to place inside a script element. */
    static String of(String iri, Graph description) {
        try {
            JsonArray expanded = ExpandedJsonLd.of(description);
            JsonObject context = context(description);
            JsonObject compacted = JsonLd.compact(JsonDocument.of(rootFirst(iri, expanded)), JsonDocument.of(context))
                    .ordered(true).get();
            // Laid out as the pictures' and the editor's JSON are, by Jackson.
            String json = SchemaJson.write((ObjectNode) SchemaJson.JSON.readTree(contextFirst(context, compacted).toString()));
            return HtmlEscape.scriptJson(json);
        } catch (JsonLdError | JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON-LD of " + iri + ": " + e.getMessage(), e);
        }
    }

    /** The entity's node with every other node of the description in its {@code @included}. */
    private static JsonArray rootFirst(String iri, JsonArray nodes) {
        JsonObject root = null;
        JsonArrayBuilder others = Json.createArrayBuilder();
        for (JsonValue v : nodes) {
            JsonObject node = v.asJsonObject();
            if (root == null && iri.equals(node.getString("@id", null))) {
                root = node;
            } else {
                others.add(node);
            }
        }
        if (root == null) {
            return nodes;
        }
        JsonArray included = others.build();
        JsonObjectBuilder top = Json.createObjectBuilder(root);
        if (!included.isEmpty()) {
            top.add("@included", included);
        }
        return Json.createArrayBuilder().add(top).build();
    }

    /** "@context" first and "@included" last, where readers look for them. */
    private static JsonObject contextFirst(JsonObject context, JsonObject compacted) {
        JsonObjectBuilder ordered = Json.createObjectBuilder().add("@context", context.get("@context"));
        compacted.forEach((k, v) -> {
            if (!k.equals("@context") && !k.equals("@included")) {
                ordered.add(k, v);
            }
        });
        if (compacted.containsKey("@included")) {
            ordered.add("@included", compacted.get("@included"));
        }
        return ordered.build();
    }

    /** schema.org terms by their own names, the prefixes the graph uses for the rest, dates as plain strings. */
    private static JsonObject context(Graph graph) {
        java.util.Set<String> iris = new java.util.HashSet<>();
        graph.find().forEachRemaining(t -> {
            iris.add(t.getSubject().isURI() ? t.getSubject().getURI() : "");
            iris.add(t.getPredicate().equals(RDF.type.asNode()) ? "" : t.getPredicate().getURI());
            Node o = t.getObject();
            iris.add(o.isURI() ? o.getURI() : o.isLiteral() && !o.getLiteralDatatypeURI().equals(XSD.xstring.getURI()) ? o.getLiteralDatatypeURI() : "");
        });
        JsonObjectBuilder c = Json.createObjectBuilder().add("@version", 1.1).add("@vocab", "https://schema.org/");
        new java.util.TreeMap<>(Prefixes.MAP).forEach((prefix, ns) -> {
            if (iris.stream().anyMatch(i -> i.startsWith(ns))) {
                c.add(prefix, ns);
            }
        });
        for (String date : List.of("startDate", "endDate")) {
            if (iris.contains("https://schema.org/" + date)) {
                c.add(date, Json.createObjectBuilder().add("@id", "https://schema.org/" + date).add("@type", XSD.dateTime.getURI()));
            }
        }
        return Json.createObjectBuilder().add("@context", c).build();
    }
}
