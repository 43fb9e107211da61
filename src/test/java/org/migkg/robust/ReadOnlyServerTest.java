package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;

/**
 * Nothing from the network changes the data or reaches out of the server: SPARQL Update on every endpoint, graph
 * store writes, RDF Patch, admin paths, and queries that would make the server fetch other URLs (SERVICE, FROM) are
 * all refused, and the content dump is byte for byte the same afterwards.
 */
class ReadOnlyServerTest {
    @TempDir
    static Path dir;
    static ServedSeeds served;
    static String before;

    static final String UPDATE = "INSERT DATA { <urn:x:evil> <urn:x:p> \"written\" }";
    static final List<String> ENDPOINTS = List.of("kg", "kg/", "kg/sparql", "kg/query", "kg/update", "kg/data", "kg/get", "kg/upload",
            "kg/patch", "kg/gsp", "kg/sparql-update", "kg?default", "kg?graph=urn:x:g", "kg/data?default",
            "kg/data?graph=" + ServedSeeds.q("https://w3id.org/migkg/graph/people"), "kg/get?graph=urn:x:g", "");

    @BeforeAll
    static void start() {
        served = new ServedSeeds(dir, 5_000);
        before = SeedData.dump(served.store);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static void assertUnchanged() {
        String after = SeedData.dump(served.store);
        assertTrue(before.equals(after), () -> Dumps.diff(before, after));
    }

    @Test
    void sparqlUpdateIsRefusedEverywhere() throws Exception {
        List<String> accepted = new ArrayList<>();
        for (String endpoint : ENDPOINTS) {
            String sep = endpoint.contains("?") ? "&" : "?";
            check(accepted, "POST " + endpoint + " sparql-update", () -> served.send("POST", endpoint, "application/sparql-update", UPDATE));
            check(accepted, "POST " + endpoint + " form", () -> served.send("POST", endpoint, "application/x-www-form-urlencoded", "update=" + ServedSeeds.q(UPDATE)));
            check(accepted, "GET " + endpoint + " update=", () -> served.get(endpoint + sep + "update=" + ServedSeeds.q(UPDATE)));
        }
        assertEquals(List.of(), accepted);
        assertUnchanged();
    }

    @Test
    void graphStoreWritesAreRefused() throws Exception {
        List<String> accepted = new ArrayList<>();
        for (String endpoint : ENDPOINTS) {
            for (String method : new String[] {"PUT", "POST", "DELETE", "PATCH"}) {
                for (String type : new String[] {"text/turtle", "application/n-quads", "application/trig", "application/rdf-patch"}) {
                    String body = type.equals("application/rdf-patch") ? "A <urn:x:s> <urn:x:p> <urn:x:o> ." : "<urn:x:s> <urn:x:p> <urn:x:o> .";
                    check(accepted, method + " " + endpoint + " " + type, () -> served.send(method, endpoint, type, body));
                }
            }
        }
        assertEquals(List.of(), accepted);
        assertUnchanged();
    }

    @Test
    void adminPathsAreNotServed() throws Exception {
        List<String> accepted = new ArrayList<>();
        for (String path : List.of("$/datasets", "$/datasets/kg", "$/server", "$/compact/kg", "$/backup/kg", "$/backups-list",
                "$/tasks", "$/tasks/1", "$/stats", "$/stats/kg", "$/metrics", "$/sleep", "$/reload", "$/logs", "$/status", "$/")) {
            for (String method : new String[] {"GET", "POST", "DELETE", "PUT"}) {
                check(accepted, method + " " + path, () -> served.send(method, path, "application/x-www-form-urlencoded",
                        method.equals("GET") ? null : "dbName=evil&dbType=mem"));
            }
        }
        assertEquals(List.of(), accepted);
        assertUnchanged();
    }

    @Test
    void queriesCannotMakeTheServerFetchOtherUrls() throws Exception {
        AtomicInteger fetched = new AtomicInteger();
        HttpServer inside = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        inside.createContext("/", exchange -> {
            fetched.incrementAndGet();
            byte[] body = "<urn:x:s> <urn:x:p> \"internal secret\" .".getBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/n-triples");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        inside.start();
        try {
            String url = "http://localhost:" + inside.getAddress().getPort() + "/internal";
            List<String> queries = List.of(
                    "SELECT * WHERE { SERVICE <" + url + "> { ?s ?p ?o } }",
                    "SELECT * WHERE { SERVICE SILENT <" + url + "> { ?s ?p ?o } }",
                    "SELECT * FROM <" + url + "> WHERE { ?s ?p ?o }",
                    "SELECT * FROM NAMED <" + url + "> WHERE { GRAPH ?g { ?s ?p ?o } }");
            List<String> leaked = new ArrayList<>();
            for (String query : queries) {
                HttpResponse<String> r = served.get("kg/sparql?query=" + ServedSeeds.q(query));
                if (r.body().contains("internal secret")) {
                    leaked.add(query);
                }
            }
            assertEquals(List.of(), leaked, "answers carry the internal server's data");
            assertEquals(0, fetched.get(), "the server made requests to another URL");
        } finally {
            inside.stop(0);
        }
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static void check(List<String> accepted, String what, Call call) throws Exception {
        HttpResponse<String> r;
        try {
            r = call.send();
        } catch (java.io.IOException closedWithoutAnswer) {
            // Jetty may close a connection after refusing a request whose body it did not read; the pooled
            // connection then fails the next request, so ask once more on a fresh one.
            r = call.send();
        }
        if (r.statusCode() < 400) {
            accepted.add(what + " -> " + r.statusCode());
        }
    }
}
