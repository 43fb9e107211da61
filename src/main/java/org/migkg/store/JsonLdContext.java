package org.migkg.store;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
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
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.migkg.rdf.Iris;
import org.migkg.rdf.MK;

/**
 * MigKG's published JSON-LD context ({@code ontology/context.jsonld}, served at {@code /context.jsonld}): short names
 * for the terms the graph uses, so JSON-LD output reads as {@code "name"}, {@code "organizer"}, {@code "heldPost"}.
 * Every deployment serves the same context; documents that refer to it rather than embed it name the deployment's own
 * copy ({@link #iri(Iris)}), so they resolve wherever the data is served.
 */
public final class JsonLdContext {
    /** Where the project publishes the context, at the vocabulary's namespace. */
    public static final String IRI = MK.VOCAB + "context.jsonld";
    public static final String RESOURCE = "/ontology/context.jsonld";

    private JsonLdContext() {}

    /** The deployment's copy: {@code <base>context.jsonld} (for the default base, {@link #IRI}). */
    public static String iri(Iris iris) {
        return iris.base() + "context.jsonld";
    }

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

    private static Document document(String iri) {
        try {
            JsonDocument doc = JsonDocument.of(new java.io.ByteArrayInputStream(bytes()));
            doc.setDocumentUrl(URI.create(iri));
            return doc;
        } catch (JsonLdError e) {
            throw new IllegalStateException("ontology/context.jsonld is not valid JSON-LD: " + e.getMessage(), e);
        }
    }

    /**
     * Resolves the context's IRI, and the deployments' copies named, to the shipped file (and nothing else), so
     * reading MigKG JSON-LD needs no network.
     */
    public static DocumentLoader loader(String... deploymentCopies) {
        java.util.Set<String> known = new java.util.HashSet<>(List.of(deploymentCopies));
        known.add(IRI);
        return (url, options) -> {
            if (known.contains(url.toString())) {
                return document(url.toString());
            }
            throw new JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "not loaded: " + url);
        };
    }

    /** Writes {@code graph} as compacted JSON-LD with the context object embedded, so the document stands alone. */
    public static void writeInline(Graph graph, OutputStream out) {
        write(graph, out, null);
    }

    /** Writes {@code graph} as compacted JSON-LD whose {@code @context} is the IRI of a copy of the context. */
    public static void writeReferring(Graph graph, OutputStream out, String contextIri) {
        write(graph, out, contextIri);
    }

    private static void write(Graph graph, OutputStream out, String contextIriOrNull) {
        try {
            JsonArray expanded = ExpandedJsonLd.of(graph);
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), document(IRI)).loader(loader()).ordered(true).get();
            // "@context" first, where readers look for it.
            jakarta.json.JsonObjectBuilder ordered = Json.createObjectBuilder();
            if (contextIriOrNull == null) {
                ordered.add("@context", compacted.get("@context"));
            } else {
                ordered.add("@context", contextIriOrNull);
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
}
