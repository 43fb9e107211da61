package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dot segments, encoded slashes and dots, doubled slashes, backslashes and NUL on every route (entity pages, dumps,
 * static files, the endpoint, admin) never read a file the server does not mean to serve: not /etc/passwd, not the
 * store's own files, not a marker file planted beside and inside the store. Requests go out over a raw socket, so no
 * client normalises the path first.
 */
class PathTricksTest {
    @TempDir
    static Path dir;
    static ServedSeeds served;
    static String marker;

    static final List<String> ROUTES = List.of("/", "/id/", "/id/person/", "/dumps/", "/static/", "/kg/", "/kg/get/", "/$/", "/ontology/",
            "/.well-known/", "/api/search/", "/graph/", "/gcm/objective/");
    static final List<String> TRICKS = List.of(
            "../../../../../../etc/passwd",
            "..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
            "%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
            "..%5c..%5c..%5c..%5c..%5c..%5cetc%5cpasswd",
            "..\\..\\..\\..\\..\\..\\etc\\passwd",
            "//etc/passwd",
            "%2fetc%2fpasswd",
            "/etc/passwd%00.ttl",
            "..%00/..%00/etc/passwd",
            "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
            "..;/..;/..;/etc/passwd",
            "../secret.txt",
            "../../secret.txt",
            "..%2fsecret.txt",
            "..%2f..%2fsecret.txt",
            "secret.txt",
            "../store/secret.txt",
            "..%2fstore%2fsecret.txt",
            "../store/Data-0001/nodes-data.obj",
            "..%2fstore%2fData-0001%2fnodes-data.obj",
            "../tdb.lock",
            "..%2ftdb.lock",
            "../pom.xml",
            "..%2f..%2fpom.xml",
            "file:///etc/passwd");

    @BeforeAll
    static void start() throws Exception {
        served = new ServedSeeds(dir, 5_000);
        marker = "secret-" + UUID.randomUUID();
        Files.writeString(dir.resolve("secret.txt"), marker);
        Files.writeString(dir.resolve("store").resolve("secret.txt"), marker);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void noRouteReadsAFileOutsideWhatItServes() throws Exception {
        List<String> leaks = new ArrayList<>();
        java.util.Map<String, Integer> statuses = new java.util.TreeMap<>();
        int requests = 0;
        for (String route : ROUTES) {
            for (String trick : TRICKS) {
                for (String method : new String[] {"GET", "HEAD"}) {
                    String response = served.raw(method, route + trick);
                    requests++;
                    String status = response.length() >= 12 && response.startsWith("HTTP/1.1 ") ? response.substring(9, 12) : "no answer";
                    statuses.merge(status, 1, Integer::sum);
                    if (response.contains("root:x:0:0") || response.contains("root:*:0:0") || response.contains(marker)
                            || response.contains("<artifactId>migkg</artifactId>") || response.contains("\u0000\u0000\u0000")) {
                        leaks.add(method + " " + route + trick + " -> " + response.lines().findFirst().orElse(""));
                    }
                }
            }
        }
        System.out.println("Path tricks: " + requests + " requests, statuses " + statuses + ", " + leaks.size() + " leaks");
        assertEquals(List.of(), leaks);
        assertEquals(null, statuses.get("no answer"), "the server answered every request");
    }

    @Test
    void queriesCannotNameLocalFilesEither() throws Exception {
        for (String iri : new String[] {"file:///etc/passwd", "file://" + dir.resolve("secret.txt").toAbsolutePath()}) {
            String body = served.get("kg/sparql?query=" + ServedSeeds.q("SELECT * FROM <" + iri + "> WHERE { ?s ?p ?o }")).body()
                    + served.get("kg/sparql?query=" + ServedSeeds.q("DESCRIBE <" + iri + ">")).body();
            assertEquals(false, body.contains("root:x:0:0") || body.contains(marker), iri);
        }
    }
}
