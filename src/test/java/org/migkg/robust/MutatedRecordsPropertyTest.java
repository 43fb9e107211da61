package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.migkg.SeedData;
import org.migkg.records.DataReader;
import org.migkg.records.InvalidInputException;
import org.migkg.records.Problem;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;

/**
 * Random damage to the seed records: every load either succeeds or fails with an {@link InvalidInputException} whose
 * problems name the file, the record and a field that exists (or whose parent exists, for a missing field); a failed
 * load leaves the store byte for byte as it was, and a clean one can always be undone by reloading the seeds.
 */
class MutatedRecordsPropertyTest {
    // 100 cases apply about 200 mutations, every kind several times; the counts are printed after the run.
    private static final int TRIES = 100;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MARK = "@@raw-json-%d@@";

    private static Path dir;
    private static Path seeds;
    private static KnowledgeStore store;
    private static String seedDump;
    private static final AtomicInteger clean = new AtomicInteger();
    private static final AtomicInteger invalid = new AtomicInteger();
    private static final Map<String, AtomicInteger> byKind = new TreeMap<>();

    @BeforeContainer
    static void loadSeeds() throws IOException {
        dir = Files.createTempDirectory("migkg-mutations");
        seeds = SeedData.copyTo(dir.resolve("seeds"));
        store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT);
        new Loader(store, dir).load(List.of(seeds), seeds, false);
        seedDump = SeedData.dump(store);
    }

    @AfterContainer
    static void report() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        System.out.printf("Mutated-record property: %d cases, %d clean loads, %d refused with InvalidInputException%n",
                clean.get() + invalid.get(), clean.get(), invalid.get());
        byKind.forEach((kind, n) -> System.out.printf("  mutation %-14s applied %d times%n", kind, n.get()));
    }

    /** One change to a record; {@code pick} chooses the node (modulo the number of candidates). */
    sealed interface Mutation permits Drop, Duplicate, Retype, Hostile, HostileRaw, Huge, DeepNesting, InvalidUtf8,
            DuplicateKey, Truncate {}

    record Drop(int pick) implements Mutation {}

    record Duplicate(int pick) implements Mutation {}

    record Retype(int pick, int type) implements Mutation {}

    record Hostile(int pick, String text, boolean anyString) implements Mutation {}

    record HostileRaw(int pick, String json) implements Mutation {}

    record Huge(int pick, int megabytes) implements Mutation {}

    record DeepNesting(int pick, int depth, boolean arrays) implements Mutation {}

    record InvalidUtf8(int pick, byte[] bytes) implements Mutation {
        @Override
        public String toString() {
            return "InvalidUtf8[pick=" + pick + ", bytes=" + java.util.HexFormat.of().formatHex(bytes) + "]";
        }
    }

    record DuplicateKey(int pick) implements Mutation {}

    record Truncate(double fraction) implements Mutation {}

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 100_000);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, pick.map(Drop::new)),
                net.jqwik.api.Tuple.of(3, pick.map(Duplicate::new)),
                net.jqwik.api.Tuple.of(4, Combinators.combine(pick, Arbitraries.integers().between(0, 6)).as(Retype::new)),
                net.jqwik.api.Tuple.of(8, Combinators.combine(pick, Arbitraries.of(org.migkg.robust.Hostile.NAMES),
                        Arbitraries.of(true, false)).as(Hostile::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(pick, Arbitraries.of(org.migkg.robust.Hostile.RAW_JSON_STRINGS)).as(HostileRaw::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(pick, Arbitraries.integers().between(1, 3)).as(Huge::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(pick, Arbitraries.of(10, 999, 1000, 1001, 5000, 20_000),
                        Arbitraries.of(true, false)).as(DeepNesting::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(pick, Arbitraries.of(
                        new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0x80},
                        new byte[] {(byte) 0xC0, (byte) 0xAF})).as(InvalidUtf8::new)),
                net.jqwik.api.Tuple.of(2, pick.map(DuplicateKey::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 999).map(n -> new Truncate(n / 1000.0))));
    }

    @Property(tries = TRIES)
    void everyLoadIsCleanOrAClearErrorAndNothingIsHalfWritten(
            @ForAll("seedIds") String seed,
            @ForAll @Size(min = 1, max = 3) List<@From("mutations") Mutation> mutations) throws IOException {
        Path tryDir = Files.createTempDirectory(dir, "try");
        Path data = SeedData.copyTo(tryDir.resolve("data"));
        Path file = data.resolve("events").resolve(seed + ".json");
        ObjectNode record = (ObjectNode) DataReader.JSON.readTree(file.toFile());
        List<String> raw = new ArrayList<>();
        List<Truncate> truncations = new ArrayList<>();
        for (Mutation m : mutations) {
            byKind.computeIfAbsent(m.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
            apply(m, record, raw, truncations);
        }
        byte[] bytes = render(record, raw);
        for (Truncate t : truncations) {
            bytes = java.util.Arrays.copyOf(bytes, (int) (bytes.length * t.fraction()));
        }
        Files.write(file, bytes);

        try {
            Loader.LoadReport report = new Loader(store, tryDir).load(List.of(data), data, false);
            clean.incrementAndGet();
            Set<String> expected = eventIdsIn(data);
            assertEquals(expected, store.eventIds(), "a clean load holds exactly the loaded records");
            assertTrue(report.recordsWritten() <= expected.size(),
                    "the changed record is rewritten, an unchanged one only if linking moved it: " + report.recordsWritten());
            new Loader(store, dir).load(List.of(seeds), seeds, false);
            String restored = SeedData.dump(store);
            assertTrue(seedDump.equals(restored), () -> "reloading the seeds restores the seed graph exactly: " + Dumps.diff(seedDump, restored));
        } catch (InvalidInputException e) {
            invalid.incrementAndGet();
            assertFalse(e.problems().isEmpty());
            for (Problem p : e.problems()) {
                checkNamed(p, data, tryDir);
            }
            String after = SeedData.dump(store);
            assertTrue(seedDump.equals(after), () -> "a refused load changes nothing: " + Dumps.diff(seedDump, after));
        } catch (RuntimeException e) {
            fail("neither a clean load nor InvalidInputException for " + mutations, e);
        } finally {
            try (Stream<Path> files = Files.walk(tryDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<String> seedIds() {
        return Arbitraries.of(SeedData.SEEDS);
    }

    private static void checkNamed(Problem p, Path data, Path tryDir) throws IOException {
        Path file = tryDir.resolve(p.file());
        assertTrue(p.file().startsWith("data/") && Files.isRegularFile(file), "names a file of the load: " + p);
        assertTrue(p.message() != null && !p.message().isBlank(), "says what is wrong: " + p);
        assertTrue(p.message().length() < 5_000, () -> "a message of reasonable size, not an echo of the input: "
                + p.message().length() + " chars in " + p.toString().substring(0, 300));
        assertFalse(p.message().contains("\n\tat "), "no stack trace: " + p);
        assertTrue(p.field().isEmpty() || p.field().startsWith("/"), "field is a JSON pointer: " + p);
        JsonNode tree;
        try {
            tree = DataReader.JSON.readTree(Files.readAllBytes(file));
        } catch (IOException unreadable) {
            assertEquals("-", p.record(), "an unreadable file has no record id: " + p);
            assertEquals("", p.field(), p::toString);
            return;
        }
        if (tree == null || tree.isMissingNode()) {
            assertEquals("-", p.record(), p::toString);
            return;
        }
        Set<String> ids = new TreeSet<>();
        collectIds(tree, ids);
        assertTrue(p.record().equals("-") || ids.contains(p.record()), "names a record id found in the file: " + p);
        if (!p.field().isEmpty()) {
            JsonPointer pointer = JsonPointer.compile(p.field());
            assertTrue(!tree.at(pointer).isMissingNode() || !tree.at(pointer.head()).isMissingNode(),
                    "the field (or, for a missing one, its parent) exists in the file: " + p);
        }
    }

    private static void collectIds(JsonNode node, Set<String> ids) {
        if (node.isObject() && node.path("id").isTextual()) {
            ids.add(node.path("id").asText());
        }
        if (node.isContainerNode()) {
            node.elements().forEachRemaining(child -> collectIds(child, ids));
        }
    }

    private static Set<String> eventIdsIn(Path data) throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(data.resolve("events"))) {
            for (Path f : files.toList()) {
                ids.add(DataReader.JSON.readTree(f.toFile()).path("id").asText());
            }
        }
        return ids;
    }

    // --- applying mutations ---

    private static void apply(Mutation m, ObjectNode record, List<String> raw, List<Truncate> truncations) {
        if (m instanceof Drop d) {
            pick(record, d.pick(), s -> true).remove();
        } else if (m instanceof Duplicate d) {
            Slot s = pick(record, d.pick(), x -> true);
            if (s.parent() instanceof ArrayNode a) {
                a.insert(s.index(), s.value().deepCopy());
            } else {
                ((ObjectNode) s.parent()).set(s.key() + "Copy", s.value().deepCopy());
            }
        } else if (m instanceof Retype r) {
            pick(record, r.pick(), s -> true).replace(switch (r.type()) {
                case 0 -> NODES.numberNode(42);
                case 1 -> NODES.numberNode(-1.5e300);
                case 2 -> NODES.booleanNode(true);
                case 3 -> NODES.nullNode();
                case 4 -> NODES.objectNode().put("unexpected", "object");
                case 5 -> NODES.arrayNode().add("a").add(1);
                default -> NODES.textNode("a string");
            });
        } else if (m instanceof Hostile h) {
            (h.anyString() ? pick(record, h.pick(), STRINGS) : textField(record, h.pick())).replace(NODES.textNode(h.text()));
        } else if (m instanceof HostileRaw h) {
            rawAt(textField(record, h.pick()), h.json(), raw);
        } else if (m instanceof Huge h) {
            pick(record, h.pick(), STRINGS).replace(NODES.textNode("Ab ".repeat(h.megabytes() * 350_000)));
        } else if (m instanceof DeepNesting d) {
            rawAt(pick(record, d.pick(), s -> true), nested(d.depth(), d.arrays()), raw);
        } else if (m instanceof InvalidUtf8 u) {
            rawAt(pick(record, u.pick(), STRINGS), "\"bad " + new String(u.bytes(), StandardCharsets.ISO_8859_1) + " bytes\"", raw);
        } else if (m instanceof DuplicateKey k) {
            Slot s = pick(record, k.pick(), x -> x.key() != null);
            rawAt(s, s.value().toString() + ", \"" + s.key() + "\": " + s.value(), raw);
        } else if (m instanceof Truncate t) {
            truncations.add(t);
        }
    }

    private static final java.util.function.Predicate<Slot> STRINGS = s -> s.value().isTextual();

    private static String nested(int depth, boolean arrays) {
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        return open.repeat(depth) + "1" + close.repeat(depth);
    }

    /** Replaces the slot's value by a marker that {@link #render} swaps for raw JSON text. */
    private static void rawAt(Slot s, String json, List<String> raw) {
        s.replace(NODES.textNode(MARK.formatted(raw.size())));
        raw.add(json);
    }

    /** Serializes the tree, then swaps markers for raw text; bytes of raw text are written as Latin-1 (so 0xFF stays 0xFF). */
    private static byte[] render(ObjectNode record, List<String> raw) throws IOException {
        String json = DataReader.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(record);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"@@raw-json-(\\d+)@@\"").matcher(json);
        while (m.find()) {
            out.write(json.substring(at, m.start()).getBytes(StandardCharsets.UTF_8));
            out.write(raw.get(Integer.parseInt(m.group(1))).getBytes(StandardCharsets.ISO_8859_1));
            at = m.end();
        }
        out.write(json.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A value in the tree and where it sits. */
    record Slot(JsonNode parent, String key, int index, JsonNode value) {
        void replace(JsonNode v) {
            if (parent instanceof ArrayNode a) {
                a.set(index, v);
            } else {
                ((ObjectNode) parent).set(key, v);
            }
        }

        void remove() {
            if (parent instanceof ArrayNode a) {
                a.remove(index);
            } else {
                ((ObjectNode) parent).remove(key);
            }
        }
    }

    private static Slot pick(ObjectNode root, int pick, java.util.function.Predicate<Slot> which) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        List<Slot> candidates = slots.stream().filter(which).toList();
        return candidates.get(pick % candidates.size());
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            o.fields().forEachRemaining(e -> {
                slots.add(new Slot(o, e.getKey(), -1, e.getValue()));
                collect(e.getValue(), slots);
            });
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Slot(a, null, i, a.get(i)));
                collect(a.get(i), slots);
            }
        }
    }

    /** Free-text fields a page's author controls: names, titles, positions, descriptions. */
    private static Slot textField(ObjectNode root, int pick) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        List<Slot> names = slots.stream().filter(s -> s.value().isTextual())
                .filter(s -> s.key() == null ? s.parent() == root.get("description")
                        : List.of("title", "name", "statedPosition", "venue", "organization", "country", "statement", "note").contains(s.key()))
                .toList();
        return names.get(pick % names.size());
    }
}
