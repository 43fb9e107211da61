package org.migkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.migkg.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;

/** What `load` tells a curator stays readable when a corpus brings many organizations not in the catalogue. */
class LoadSummaryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UNREVIEWED = Pattern.compile("(\\d+) organization\\(s\\) found in stated positions are unreviewed: (.*)");

    @Test
    void manyUnreviewedOrganizationsAreNamedTenAndReviewListsTheRest(@TempDir Path dir) throws Exception {
        Path data = SeedData.copyTo(dir.resolve("data"));
        Path seed;
        try (var files = Files.list(data.resolve("events"))) {
            seed = files.filter(f -> f.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
        }
        ObjectNode record = (ObjectNode) JSON.readTree(seed.toFile());
        ObjectNode speaker = (ObjectNode) record.get("participants").get(0);
        ArrayNode participants = JSON.createArrayNode();
        for (int i = 1; i <= 14; i++) {
            ObjectNode p = speaker.deepCopy();
            String org = "Example Council for Return Number " + i;
            p.put("name", "Example Speaker " + (char) ('A' + i) + "son").put("statedPosition", "Director, " + org);
            ObjectNode post = JSON.createObjectNode().put("title", "Director").put("organization", org);
            p.set("posts", JSON.createArrayNode().add(post));
            participants.add(p);
        }
        record.set("participants", participants);
        record.put("id", "2010-12-01-many-new-organizations").put("title", "An event of fourteen new organizations");
        JSON.writerWithDefaultPrettyPrinter().writeValue(data.resolve("events/2010-12-01-many-new-organizations.json").toFile(), record);
        CliRun load = run("load", "-q", "--store", dir.resolve("store").toString(), "--data", data.toString(), data.toString());
        assertEquals(0, load.exit(), load.err());
        String out = load.out();
        Matcher m = out.lines().map(UNREVIEWED::matcher).filter(Matcher::matches).findFirst()
                .orElseThrow(() -> new AssertionError("no unreviewed organizations reported:\n" + out));
        int total = Integer.parseInt(m.group(1));
        assertTrue(total > 10, total + " unreviewed: the fourteen new ones should be among them");
        String named = m.group(2);
        assertTrue(named.endsWith(" and " + (total - 10) + " more (`migkg review` lists them all)"), named);
        assertEquals(10, named.substring(0, named.lastIndexOf(" and ")).split(", ").length, named);
    }
}
