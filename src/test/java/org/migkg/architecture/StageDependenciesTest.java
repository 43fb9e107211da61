package org.migkg.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages are the stages, and data moves forward only: a package may use the packages of earlier tiers and never
 * one of its own tier or a later one (no backward or sideways arrow). Read from every reference to
 * {@code org.migkg.<package>} in the main sources, imports and fully qualified names alike. The server reads the store
 * only through its read-only API, which is read from the compiled classes.
 */
class StageDependenciesTest {
    private static final String SERVE = "org.migkg.serve..";
    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter().importPath(Path.of("target/classes"));

    /** Tier of each package: text and records first, the tools that drive everything last. */
    private static final Map<String, Integer> TIER = Map.ofEntries(
            Map.entry("text", 0), Map.entry("progress", 0),
            Map.entry("records", 1),
            Map.entry("importer", 2), Map.entry("link", 2),
            Map.entry("rdf", 3),
            Map.entry("store", 4),
            Map.entry("pipeline", 5), Map.entry("replica", 5),
            Map.entry("serve", 6),
            Map.entry("synth", 7),
            Map.entry("bench", 8),
            Map.entry("cli", 9));

    private static final Path MAIN = Path.of("src/main/java/org/migkg");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.migkg\\.([a-z]+)\\.");

    @Test
    void everyPackageHasATier() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(MAIN)) {
            dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(TIER.keySet()), packages, "a new package needs its place in the flow");
    }

    @Test
    void noPackageDependsOnItsOwnTierOrALaterOne() throws IOException {
        List<String> backward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = MAIN.relativize(file).getName(0).toString();
                Matcher m = REFERENCE.matcher(Files.readString(file));
                Set<String> seen = new TreeSet<>();
                while (m.find()) {
                    String to = m.group(1);
                    if (!to.equals(from) && TIER.containsKey(to) && TIER.get(to) >= TIER.get(from) && seen.add(to)) {
                        backward.add(MAIN.relativize(file) + " uses " + to);
                    }
                }
            }
        }
        assertTrue(backward.isEmpty(), "dependencies against the flow:\n" + String.join("\n", backward));
    }

    @Test
    void theServerDoesNotSeeTheWritableStore() {
        noClasses().that().resideInAPackage(SERVE)
                .should().dependOnClassesThat().haveFullyQualifiedName("org.migkg.store.KnowledgeStore")
                .because("serve reads through org.migkg.store.StoreReader, which offers nothing that writes")
                .check(MAIN_CLASSES);
    }

    @Test
    void onlyTheStoreUsesTdb2Internals() {
        noClasses().that().resideOutsideOfPackages("org.migkg.store..", "org.migkg.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena.tdb2.sys..", "org.apache.jena.tdb2.store..")
                .because("TDB2's internals (TDBInternal, DatasetGraphTDB, ...) reach past transactions and read-only views")
                .check(MAIN_CLASSES);
    }
}
