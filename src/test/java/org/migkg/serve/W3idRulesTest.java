package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migkg.ServedStore;
import org.migkg.store.KnowledgeStore;

/**
 * The w3id.org redirect rules in docs/w3id/.htaccess: every target is below the deployment placeholder, and played
 * against a running server (the rules' subset of mod_rewrite: RewriteCond on the Accept header, RewriteRule with
 * $n, [R=…,L]), each redirect lands on a path the server answers in the form asked for.
 */
@ServedStore
class W3idRulesTest {
    static final String PLACEHOLDER = "https://DEPLOYMENT_HOST/";
    static final Path FILE = Path.of("docs/w3id/.htaccess");
    private static final Pattern RULE = Pattern.compile("RewriteRule\\s+(\\S+)\\s+(\\S+)\\s+\\[R=(\\d{3}),L]");
    private static final Pattern ACCEPT_COND = Pattern.compile("RewriteCond\\s+%\\{HTTP_ACCEPT}\\s+(\\S+)");

    record Rule(List<Pattern> acceptConditions, Pattern pattern, String target, int status) {}

    record Redirect(int status, String location) {}

    static KnowledgeStore store;
    static KgServer server;
    static List<Rule> rules;

    @BeforeAll
    static void start() throws IOException {
        rules = rules(Files.readAllLines(FILE));
    }

    static List<Rule> rules(List<String> lines) {
        List<Rule> out = new ArrayList<>();
        List<Pattern> conditions = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            Matcher cond = ACCEPT_COND.matcher(l);
            Matcher rule = RULE.matcher(l);
            if (cond.matches()) {
                conditions.add(Pattern.compile(cond.group(1)));
            } else if (rule.matches()) {
                out.add(new Rule(List.copyOf(conditions), Pattern.compile(rule.group(1)), rule.group(2), Integer.parseInt(rule.group(3))));
                conditions.clear();
            } else {
                assertFalse(l.startsWith("RewriteRule") || l.startsWith("RewriteCond"), "a rule this test cannot play: " + l);
            }
        }
        return out;
    }

    /** Where w3id.org sends a request for {@code https://w3id.org/migkg/<path>}. */
    static Redirect redirect(String path, String accept) {
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(path);
            if (m.find() && r.acceptConditions().stream().allMatch(c -> c.matcher(accept).find())) {
                String target = r.target();
                for (int i = m.groupCount(); i >= 1; i--) {
                    target = target.replace("$" + i, m.group(i) == null ? "" : m.group(i));
                }
                return new Redirect(r.status(), target);
            }
        }
        throw new AssertionError("no rule for " + path);
    }

    @Test
    void everyTargetIsBelowTheDeploymentPlaceholder() {
        assertTrue(rules.size() >= 8, rules.toString());
        for (Rule r : rules) {
            assertTrue(r.target().startsWith(PLACEHOLDER), r.target());
            assertTrue(List.of(302, 303, 307).contains(r.status()), r.toString());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "id/person/sijal-aziz, text/turtle, 303, text/turtle",
            "id/person/sijal-aziz, application/ld+json, 303, application/ld+json",
            "id/person/sijal-aziz, application/n-triples, 303, application/n-triples",
            "id/person/sijal-aziz, application/rdf+xml, 303, application/rdf+xml",
            "id/person/sijal-aziz, text/html, 303, text/html",
            "id/person/sijal-aziz, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 303, text/html",
            "id/person/sijal-aziz.nt, text/html, 303, application/n-triples",
            "ontology, text/turtle, 303, text/turtle",
            "ontology.jsonld, text/html, 303, application/ld+json",
            "gcm/objectives, application/ld+json, 303, application/ld+json",
            "gcm/objective/1, text/turtle, 303, text/turtle",
            "dataset, text/turtle, 303, text/turtle",
            "context.jsonld, application/ld+json, 302, application/ld+json",
            "dumps/migkg.ttl, text/turtle, 307, text/turtle",
    })
    void eachRedirectLandsOnAServedPathInTheFormAskedFor(String path, String accept, int status, String contentType) {
        Redirect r = redirect(path, accept);
        assertEquals(status, r.status(), r.toString());
        HttpResponse<String> answer = Http.get(server.url() + r.location().substring(PLACEHOLDER.length()), accept);
        assertEquals(200, answer.statusCode(), r.location());
        assertTrue(Http.contentType(answer).startsWith(contentType), r.location() + ": " + Http.contentType(answer));
    }
}
