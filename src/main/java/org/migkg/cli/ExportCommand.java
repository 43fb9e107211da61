package org.migkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.migkg.store.Exporter;
import org.migkg.store.KnowledgeStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Dump the store. N-Quads output is sorted, so two dumps of the same data are byte-identical.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "nq", description = "nq (sorted N-Quads), trig, ttl (union graph) or jsonld (union graph); default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output (written whole, then moved into place).")
    Path out;

    @Option(names = "--content-only", description = "Leave out the loads graph (load times, record JSON): dumps of the same data then compare equal whenever they were loaded.")
    boolean contentOnly;

    @Mixin
    StoreOptions storeOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Exporter.Format f = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "nq", "nquads" -> Exporter.Format.NQ;
            case "trig" -> Exporter.Format.TRIG;
            case "ttl", "turtle" -> Exporter.Format.TTL;
            case "jsonld", "json-ld" -> Exporter.Format.JSONLD;
            default -> throw new UserError("unknown format '" + format + "': use nq, trig, ttl or jsonld");
        };
        try (KnowledgeStore store = storeOptions.open()) {
            Exporter exporter = new Exporter(store);
            if (out == null) {
                exporter.write(f, System.out, contentOnly);
                System.out.flush();
            } else {
                Path dir = out.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, ".export-", ".tmp");
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    exporter.write(f, os, contentOnly);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return 0;
    }
}
