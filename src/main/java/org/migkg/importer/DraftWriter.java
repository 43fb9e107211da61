package org.migkg.importer;

import org.migkg.records.RecordJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.migkg.records.EventRecord;

/**
 * Writes drafts all or nothing: every draft goes to a temporary file in the output folder first, and only when all
 * are written are they moved into place. An existing record is never overwritten unless forced.
 */
public final class DraftWriter {

    private final Path outDir;
    private final boolean force;

    public DraftWriter(Path outDir, boolean force) {
        this.outDir = outDir;
        this.force = force;
    }

    public Path targetOf(EventRecord draft) {
        return outDir.resolve(draft.id() + ".json");
    }

    /** Checks before anything is written: no two drafts with one id, no existing record unless forced. */
    public List<String> problems(List<EventRecord> drafts) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (EventRecord d : drafts) {
            if (!ids.add(d.id())) {
                problems.add("two pages give the same record id " + d.id());
            }
            if (!force && Files.exists(targetOf(d))) {
                problems.add(targetOf(d) + " already exists; pass --force to overwrite it");
            }
        }
        return problems;
    }

    public List<Path> writeAll(List<EventRecord> drafts) {
        List<String> problems = problems(drafts);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
        List<Path> temps = new ArrayList<>();
        try {
            Files.createDirectories(outDir);
            for (EventRecord d : drafts) {
                Path temp = Files.createTempFile(outDir, "." + d.id() + "-", ".json.tmp");
                temps.add(temp);
                Files.writeString(temp, RecordJson.write(d), StandardCharsets.UTF_8);
            }
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                Path target = targetOf(drafts.get(i));
                Files.move(temps.get(i), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write drafts to " + outDir + ": " + e.getMessage(), e);
        } finally {
            for (Path t : temps) {
                try {
                    Files.deleteIfExists(t);
                } catch (IOException ignored) {
                    // best effort: a leftover temporary file is hidden and harmless
                }
            }
        }
    }
}
