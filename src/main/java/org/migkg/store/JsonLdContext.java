package org.migkg.store;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.migkg.rdf.MK;

/**
 * MigKG's published JSON-LD context ({@code ontology/context.jsonld}, served at {@code /context.jsonld}): short names
 * for the terms the graph uses, so JSON-LD output reads as {@code "name"}, {@code "organizer"}, {@code "heldPost"}.
 */
public final class JsonLdContext {
    /** Where the context is published; it is the same for every deployment, like the vocabulary. */
    public static final String IRI = MK.VOCAB + "context.jsonld";
    public static final String RESOURCE = "/ontology/context.jsonld";

    private JsonLdContext() {}

    public static byte[] bytes() {
        try (InputStream in = JsonLdContext.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("context missing from the build: ontology/context.jsonld");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document() {
        try {
            JsonDocument doc = JsonDocument.of(new java.io.ByteArrayInputStream(bytes()));
            doc.setDocumentUrl(URI.create(IRI));
            return doc;
        } catch (JsonLdError e) {
            throw new IllegalStateException("ontology/context.jsonld is not valid JSON-LD: " + e.getMessage(), e);
        }
    }

    /** Resolves the context's IRI to the shipped file (and nothing else), so reading MigKG JSON-LD needs no network. */
    public static DocumentLoader loader() {
        return (url, options) -> {
            if (url.toString().equals(IRI)) {
                return document();
            }
            throw new JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "not loaded: " + url);
        };
    }

    /**
     * Writes {@code graph} as compacted JSON-LD. With {@code inline} the context object is embedded (the document
     * stands alone); without, {@code @context} is the published context's IRI.
     */
    public static void write(Graph graph, OutputStream out, boolean inline) {
        try {
            JsonArray expanded = expanded(graph);
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), document()).loader(loader()).ordered(true).get();
            // "@context" first, where readers look for it.
            jakarta.json.JsonObjectBuilder ordered = Json.createObjectBuilder();
            if (inline) {
                ordered.add("@context", compacted.get("@context"));
            } else {
                ordered.add("@context", IRI);
            }
            compacted.forEach((k, v) -> {
                if (!k.equals("@context")) {
                    ordered.add(k, v);
                }
            });
            compacted = ordered.build();
            try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
                w.write(compacted);
            }
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    private static JsonArray expanded(Graph graph) throws JsonLdError {
        QuadsToJsonld toJsonLd = new QuadsToJsonld().ordered(true);
        List<Triple> triples = graph.find().toList();
        triples.sort(Comparator.comparing((Triple t) -> t.getSubject().toString())
                .thenComparing(t -> t.getPredicate().toString()).thenComparing(t -> t.getObject().toString()));
        try {
            for (Triple t : triples) {
                Node o = t.getObject();
                if (o.isLiteral()) {
                    String lang = o.getLiteralLanguage();
                    toJsonLd.quad(term(t.getSubject()), t.getPredicate().getURI(), o.getLiteralLexicalForm(),
                            o.getLiteralDatatypeURI(), lang.isEmpty() ? null : lang, null, null);
                } else {
                    toJsonLd.quad(term(t.getSubject()), t.getPredicate().getURI(), term(o), null, null, null, null);
                }
            }
        } catch (RdfConsumerException e) {
            throw new IllegalStateException(e);
        }
        return toJsonLd.toJsonLd();
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }
}
