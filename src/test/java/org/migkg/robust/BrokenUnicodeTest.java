package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migkg.SeedData;
import org.migkg.records.InvalidInputException;
import org.migkg.records.Problem;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;

/**
 * JSON can spell text that is not Unicode (a lone surrogate such as {@code \ud800}) or carries control characters no
 * RDF/XML or SPARQL XML result can hold (NUL, BEL, ESC). Such text is refused with the field named, not stored
 * mangled.
 */
class BrokenUnicodeTest {
    @TempDir
    Path dir;
    Path data;
    Path gender;

    @BeforeEach
    void copySeeds() {
        data = SeedData.copyTo(dir.resolve("data"));
        gender = data.resolve("events").resolve(SeedData.GENDER + ".json");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"Sijal Aziz\"|\"Sijal \\ud800Aziz\"|/participants/2/name|lone surrogate",
            "\"Sijal Aziz\"|\"Sijal Aziz\\udc00\"|/participants/2/name|lone surrogate",
            "\"Different and Equal\"|\"Different \\udbff\\udbff and Equal\"|/participants/1/posts/0/organization|lone surrogate",
            "\"Camille Le Coz\"|\"Camille\\u0000Le Coz\"|/participants/3/name|control character U+0000",
            "\"MPI Webinar\"|\"MPI \\u001b[31mWebinar\"|/venue|control character U+001B"})
    void isRefusedWithTheFieldNamed(String original, String replacement, String field, String message) throws Exception {
        String json = Files.readString(gender);
        assertTrue(json.contains(original));
        Files.writeString(gender, json.replaceFirst(java.util.regex.Pattern.quote(original), java.util.regex.Matcher.quoteReplacement(replacement)));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> new Loader(store, dir).load(List.of(data), data, false));
            assertEquals(1, e.problems().size(), e.problems()::toString);
            Problem p = e.problems().get(0);
            assertEquals("data/events/" + SeedData.GENDER + ".json", p.file());
            assertEquals(SeedData.GENDER, p.record());
            assertEquals(field, p.field());
            assertTrue(p.message().contains(message), p::toString);
            assertTrue(store.isEmpty());
        }
    }
}
