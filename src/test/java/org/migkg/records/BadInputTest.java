package org.migkg.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;

/** Each kind of bad input gives an error naming the file, the record and the field. */
class BadInputTest {
    @TempDir
    Path dir;
    Path data;
    Path gender;

    @BeforeEach
    void copySeeds() {
        data = SeedData.copyTo(dir.resolve("data"));
        gender = data.resolve("events").resolve(SeedData.GENDER + ".json");
    }

    private List<Problem> problems() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new DataReader(dir).read(DataLayout.of(List.of(data), data)));
        return e.problems();
    }

    private void edit(Path file, Consumer<ObjectNode> change) throws IOException {
        ObjectNode node = (ObjectNode) DataReader.JSON.readTree(file.toFile());
        change.accept(node);
        DataReader.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), node);
    }

    private static void assertOne(List<Problem> problems, String file, String record, String field, String messagePart) {
        assertEquals(1, problems.size(), problems::toString);
        Problem p = problems.get(0);
        assertEquals(file, p.file());
        assertEquals(record, p.record());
        assertEquals(field, p.field());
        assertTrue(p.message().contains(messagePart), p::toString);
    }

    private String genderFile() {
        return "data/events/" + SeedData.GENDER + ".json";
    }

    @Test
    void seedsAreValid() {
        Corpus corpus = new DataReader(dir).read(DataLayout.of(List.of(data), data));
        assertEquals(2, corpus.events().size());
        assertEquals(0, corpus.openReviewItems());
    }

    @Test
    void malformedJson() throws IOException {
        Files.writeString(gender, "{\"id\": \"x\", \"title\": ");
        assertOne(problems(), genderFile(), "-", "", "not valid JSON");
    }

    @Test
    void invalidUtf8() throws IOException {
        Files.write(gender, new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        assertOne(problems(), genderFile(), "-", "", "not valid JSON");
    }

    @Test
    void missingTitle() throws IOException {
        edit(gender, n -> n.remove("title"));
        assertOne(problems(), genderFile(), SeedData.GENDER, "/title", "required");
    }

    @Test
    void missingDate() throws IOException {
        edit(gender, n -> n.remove("start"));
        assertOne(problems(), genderFile(), SeedData.GENDER, "/start", "required");
    }

    @Test
    void impossibleDate() throws IOException {
        edit(gender, n -> n.put("start", "2022-02-30"));
        assertOne(problems(), genderFile(), SeedData.GENDER, "/start", "not a real date");
    }

    @Test
    void impossibleTime() throws IOException {
        edit(gender, n -> n.put("start", "2022-02-15T25:00:00-05:00"));
        assertOne(problems(), genderFile(), SeedData.GENDER, "/start", "not a real date");
    }

    @Test
    void unknownGcmObjectives() throws IOException {
        edit(gender, n -> n.putArray("gcmObjectives").add(0).add(21).add(24));
        List<Problem> problems = problems();
        assertEquals(List.of("/gcmObjectives/0", "/gcmObjectives/2"), problems.stream().map(Problem::field).toList());
        problems.forEach(p -> assertEquals(SeedData.GENDER, p.record()));
    }

    @Test
    void unknownRole() throws IOException {
        edit(gender, n -> ((ObjectNode) n.withArray("participants").get(1)).put("role", "juggler"));
        assertOne(problems(), genderFile(), SeedData.GENDER, "/participants/1/role", "enumeration");
    }

    @Test
    void undeclaredOrganizerPartnerFunderAndPostOrganization() throws IOException {
        edit(gender, n -> {
            n.withArray("organizers").add("nowhere-institute");
            n.putArray("partners").add("ghost-partner");
            ((ArrayNode) n.withArray("funders")).set(0, "unknown-funder");
            ((ObjectNode) n.withArray("participants").get(0).withArray("posts").get(0)).put("organizationId", "no-such-org");
        });
        List<Problem> problems = problems();
        assertEquals(List.of("/organizers/2", "/partners/0", "/funders/0", "/participants/0/posts/0/organizationId"),
                problems.stream().map(Problem::field).toList());
        problems.forEach(p -> assertTrue(p.message().contains("not declared in organizations.json"), p::toString));
    }

    @Test
    void twoRecordsWithOneId() throws IOException {
        Files.copy(gender, data.resolve("events").resolve("copy-of-gender.json"));
        List<Problem> problems = problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("/id", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("duplicate id"), problems.get(0)::toString);
        assertTrue(problems.get(0).message().contains(SeedData.GENDER + ".json") || problems.get(0).file().endsWith(SeedData.GENDER + ".json"));
    }

    @Test
    void emptyOrBlankName() throws IOException {
        edit(gender, n -> {
            ((ObjectNode) n.withArray("participants").get(2)).put("name", "");
            ((ObjectNode) n.withArray("participants").get(3)).put("name", "   ");
        });
        List<Problem> problems = problems();
        assertEquals(List.of("/participants/2/name", "/participants/3/name"), problems.stream().map(Problem::field).toList());
    }

    @Test
    void everyBadRecordIsReportedNotJustTheFirst() throws IOException {
        edit(gender, n -> n.remove("title"));
        Path other = data.resolve("events").resolve(SeedData.COMMUNICATIONS + ".json");
        edit(other, n -> n.put("eventType", "party"));
        List<Problem> problems = problems();
        assertEquals(2, problems.size(), problems::toString);
        assertEquals(List.of(SeedData.GENDER, SeedData.COMMUNICATIONS).stream().sorted().toList(), problems.stream().map(Problem::record).sorted().toList());
    }

    @Test
    void unknownFieldIsNamed() throws IOException {
        edit(gender, n -> n.put("speakers", "Sijal Aziz"));
        assertOne(problems(), genderFile(), SeedData.GENDER, "", "speakers");
    }

    @Test
    void organizationCatalogueProblems() throws IOException {
        Path orgs = data.resolve("organizations.json");
        edit(orgs, n -> {
            ObjectNode dup = n.withArray("organizations").addObject();
            dup.put("id", "mpi").put("name", "Another MPI");
            ((ObjectNode) n.withArray("organizations").get(0)).put("parent", "nobody");
        });
        List<Problem> problems = problems();
        assertEquals(2, problems.size(), problems::toString);
        problems.forEach(p -> assertEquals("data/organizations.json", p.file()));
    }

    @Test
    void endBeforeStart() throws IOException {
        edit(gender, n -> n.put("end", "2022-02-14"));
        assertOne(problems(), genderFile(), SeedData.GENDER, "/end", "before it starts");
    }

    @Test
    void anOverLongMentionPositionInAliasesIsAProblemNotACrash() throws IOException {
        Path aliases = data.resolve("aliases.json");
        edit(aliases, n -> n.putArray("samePerson").addObject().put("person", "sijal-aziz")
                .putArray("mentions").add(SeedData.GENDER + "#99999999999999999999"));
        List<Problem> problems = problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("data/aliases.json", problems.get(0).file());
        assertEquals("/samePerson/0/mentions/0", problems.get(0).field());
    }
}
