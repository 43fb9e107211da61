package org.migkg.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.cli.Main;
import org.migkg.link.Linked;
import org.migkg.link.Linker;
import org.migkg.records.Corpus;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;

/** A generated corpus validates, and linking it meets the identity targets against its known truth. */
class SyntheticLinkingTest {
    static final int EVENTS = 500;

    @TempDir
    static Path dir;
    static Corpus corpus;
    static Linked linked;
    static Truth truth;

    @BeforeAll
    static void generateAndLink() throws IOException {
        CorpusFiles.write(new SyntheticCorpus(EVENTS, 42), dir.resolve("corpus"));
        corpus = new DataReader(dir).read(DataLayout.of(List.of(dir.resolve("corpus")), dir.resolve("corpus")));
        linked = new Linker().link(corpus);
        truth = Truth.read(dir.resolve("corpus/truth.json"));
    }

    @Test
    void everyGeneratedRecordValidatesAndHasItsTruth() {
        assertEquals(EVENTS, corpus.events().size());
        int mentions = corpus.events().stream().mapToInt(r -> r.event().participants().size()).sum();
        assertEquals(mentions, truth.mentions().size());
    }

    @Test
    void recurrenceIsSkewedAndNamesVary() {
        Map<String, Integer> mentionsPerPerson = new TreeMap<>();
        truth.mentions().forEach(t -> mentionsPerPerson.merge(t.person(), 1, Integer::sum));
        long once = mentionsPerPerson.values().stream().filter(n -> n == 1).count();
        int most = mentionsPerPerson.values().stream().max(Integer::compare).orElseThrow();
        assertTrue(once > mentionsPerPerson.size() / 2, "most people speak once");
        assertTrue(most >= 20, "a few speak often: the most frequent speaks " + most + " times");
        assertTrue(linked.unreviewedOrganizations().size() > 0, "some organizations are not in the catalogue");
    }

    @Test
    void personIdentityMeetsTheTargets() {
        IdentityEvaluation eval = IdentityEvaluation.of(linked, truth);
        assertTrue(eval.people().precision() >= 0.99, "person precision " + eval.people().precision());
        assertTrue(eval.people().f1() >= 0.98, "person F1 " + eval.people().f1());
        assertTrue(eval.organizations().f1() >= 0.98, "organization F1 " + eval.organizations().f1());
    }

    @Test
    void relationsStayLinearAndRanked() {
        assertTrue(linked.relations().size() <= EVENTS * 10, linked.relations().size() + " relations");
        assertTrue(linked.relations().stream().allMatch(r -> r.score().signum() > 0 && r.score().scale() == 3
                && r.score().compareTo(r.reasons().stream().map(Linked.Reason::weight).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)) == 0));
        assertTrue(linked.relations().stream().anyMatch(r -> r.reasons().stream().anyMatch(x -> x.type().equals("similar-text"))));
    }

    @Test
    void sameSeedSameFiles() throws IOException {
        Path again = dir.resolve("again");
        CorpusFiles.write(new SyntheticCorpus(EVENTS, 42), again);
        assertEquals(Files.readString(dir.resolve("corpus/truth.json")), Files.readString(again.resolve("truth.json")));
        try (Stream<Path> files = Files.list(again.resolve("events"))) {
            Path one = files.sorted().findFirst().orElseThrow();
            assertEquals(Files.readString(dir.resolve("corpus/events").resolve(one.getFileName())), Files.readString(one));
        }
    }

    @Test
    void aLargeCorpusIsSetUpWithoutRunningOutOfOrganizationNames() {
        SyntheticCorpus large = new SyntheticCorpus(100_000, 7);
        List<String> ids = large.declaredOrganizations().stream().map(o -> o.get("id").asText()).toList();
        assertTrue(ids.size() > 1000, ids.size() + " declared organizations");
        assertEquals(ids.size(), ids.stream().distinct().count());
    }

    @Test
    void linkEvaluatePrintsTheFigures() {
        StringWriter out = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int code = cl.execute("link", "--evaluate", dir.resolve("corpus/truth.json").toString());
        assertEquals(0, code, out.toString());
        assertTrue(out.toString().contains("| person | "), out.toString());
        assertTrue(out.toString().contains("| organization | "), out.toString());
        assertTrue(out.toString().contains("| event (records) | "), out.toString());
        assertTrue(out.toString().contains("linked in"), out.toString());
    }
}
