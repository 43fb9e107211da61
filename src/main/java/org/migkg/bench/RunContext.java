package org.migkg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/** The lines above the table: the corpus, the machine and how the queries and HTTP requests were timed. */
final class RunContext {
    private RunContext() {}

    /** {@code mappedTriples} is negative when a run reuses an earlier one's store. */
    static List<String> lines(BenchConfig config, long mappedTriples, long quads) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return List.of(
                mappedTriples < 0 ? String.format(Locale.ROOT, "corpus: %,d events, reusing the store of an earlier run", config.events())
                        : String.format(Locale.ROOT, "corpus: %,d events, %,d triples mapped, %,d quads stored (with the loads graph)",
                        config.events(), mappedTriples, quads),
                String.format(Locale.ROOT, "machine: %d cores, %.0f GB RAM, Java %s (%s), Jena %s, this JVM's max heap %,d MiB",
                        Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1e9, System.getProperty("java.version"),
                        System.getProperty("java.vm.name"), jenaVersion(), Runtime.getRuntime().maxMemory() >> 20),
                String.format(Locale.ROOT, "queries: %d warm-ups then %d timed runs each; HTTP: %.1f s per server and row, closed loop on loopback, in halves ordered Fuseki, MigKG, MigKG, Fuseki, each after a warm-up, requests taking the %,d most frequent speakers in turn",
                        config.queryWarmUps(), config.queryRuns(), config.httpWindow().toMillis() / 1000.0, config.httpPeople()));
    }

    /** Jena's own constant reads "development" in a shaded jar, where the Maven metadata still names the version. */
    private static String jenaVersion() {
        try (var in = RunContext.class.getResourceAsStream("/META-INF/maven/org.apache.jena/jena-arq/pom.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                return p.getProperty("version", org.apache.jena.Jena.VERSION);
            }
        } catch (IOException e) {
            // fall through to the constant
        }
        return org.apache.jena.Jena.VERSION;
    }
}
