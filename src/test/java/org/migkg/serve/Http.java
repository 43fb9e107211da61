package org.migkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;

/** What curl does in these tests: GET with an Accept header, no redirects followed. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Http() {}

    static HttpResponse<String> get(String url, String accept) {
        return send(url, accept, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> getBytes(String url) {
        return send(url, null, HttpResponse.BodyHandlers.ofByteArray());
    }

    static <T> HttpResponse<T> send(String url, String accept, HttpResponse.BodyHandler<T> handler) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        try {
            return CLIENT.send(b.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    /** Parses a response body in the syntax its Content-Type names. */
    static Model parse(HttpResponse<String> r) {
        Lang lang = RDFLanguages.contentTypeToLang(contentType(r).split(";")[0].trim());
        if (lang == null) {
            throw new AssertionError("not an RDF content type: " + contentType(r));
        }
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        return m;
    }
}
