package org.migkg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migkg.records.EventRecord.Post;

/** The parser against a table of real stated positions (seeds and saved pages) and a few written in their style. */
class PositionParserTest {

    private final PositionParser parser = new PositionParser(CatalogueLookup.read(Path.of("data/organizations.json")));

    @Test
    void splitsEveryPositionInTheTableExactly() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode table;
        try (InputStream in = getClass().getResourceAsStream("/importer/positions.json")) {
            table = mapper.readTree(in);
        }
        List<String> wrong = new ArrayList<>();
        int total = 0;
        int real = 0;
        for (JsonNode row : table.path("cases")) {
            total++;
            if (row.path("source").asText().matches("(seeds|pages)/.*")) {
                real++;
            }
            String position = row.path("position").asText();
            List<Post> expected = new ArrayList<>();
            for (JsonNode p : row.path("posts")) {
                expected.add(mapper.treeToValue(p, Post.class));
            }
            ParsedPosition parsed = parser.parse(position);
            boolean flagExpected = row.path("flagged").asBoolean(false);
            if (!parsed.posts().equals(expected) || parsed.doubtful() != flagExpected) {
                wrong.add(position + "\n    expected " + expected + (flagExpected ? " (flagged)" : "")
                        + "\n    got      " + parsed.posts() + (parsed.doubtful() ? " (flagged: " + parsed.doubts() + ")" : ""));
            }
        }
        System.out.printf("PositionParser: %d/%d positions split exactly right (%d real, %d written in their style)%n",
                total - wrong.size(), total, real, total - real);
        wrong.forEach(w -> System.out.println("  WRONG " + w));
        assertTrue(real >= 40, "the table needs at least 40 real positions, has " + real);
        assertEquals(List.of(), wrong);
    }

    @Test
    void aPostAfterTheOrganizationStandsAlone() {
        ParsedPosition p = parser.parse("Director Returns and Reintegration, WELDO (Pakistan); and Commonwealth Gender Plan of Action Monitoring Group Civil Society Representative for Asia");
        assertEquals(2, p.posts().size());
        assertEquals(null, p.posts().get(1).organization());
    }

    @Test
    void anAsideIsKeptOutOfThePosts() {
        ParsedPosition p = parser.parse("IMI/OSF Fellow, MPI Europe (former head of policy at UNHCR Brussels)");
        assertEquals(List.of("former head of policy at UNHCR Brussels"), p.asides());
    }

    @Test
    void withoutTheCatalogueAnUnknownOrganizationIsFoundByItsWording() {
        ParsedPosition p = new PositionParser(OrganizationLookup.NONE).parse("State Secretary, Ministry of Justice, Sweden");
        assertEquals(List.of(new Post("State Secretary", "Ministry of Justice", null, "Sweden")), p.posts());
    }
}
