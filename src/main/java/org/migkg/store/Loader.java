package org.migkg.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.migkg.link.Linked;
import org.migkg.link.Linker;
import org.migkg.records.Corpus;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;
import org.migkg.records.EventRecord;
import org.migkg.records.InvalidInputException;
import org.migkg.records.Problem;
import org.migkg.records.RecordNames;
import org.migkg.records.SourceRecord;
import org.migkg.rdf.GraphMapper;
import org.migkg.rdf.MappedDataset;

/**
 * One load, forward through the stages: read and validate every record (nothing is written if any is bad), link,
 * map, and write in a single store transaction. Loading a data directory makes the store hold exactly that corpus;
 * loading single record files adds or replaces just those records, relinking them with the rest of the store.
 */
public final class Loader {
    private final KnowledgeStore store;
    private final Path workingDir;

    public Loader(KnowledgeStore store, Path workingDir) {
        this.store = store;
        this.workingDir = workingDir;
    }

    public LoadReport load(List<Path> paths, Path defaultDataDir, boolean strict) {
        return load(paths, defaultDataDir, strict, false);
    }

    /**
     * @param rebuild rewrite every record graph; otherwise only those whose content signature changed (the record
     *                file, or what linking decided for its participants and posts)
     */
    public LoadReport load(List<Path> paths, Path defaultDataDir, boolean strict, boolean rebuild) {
        Instant started = Instant.now();
        DataReader reader = new DataReader(workingDir);
        DataLayout layout = DataLayout.of(paths, defaultDataDir);
        Corpus loaded = reader.read(layout);
        Instant read = Instant.now();
        if (strict && loaded.openReviewItems() > 0) {
            List<Problem> open = loaded.warnings().stream().filter(w -> w.field().equals("/review")).toList();
            throw new InvalidInputException(open.stream()
                    .map(w -> new Problem(w.file(), w.record(), w.field(), "refused by --strict: " + w.message())).toList());
        }
        Map<String, KnowledgeStore.StoredRecord> stored = store.storedRecords();
        Corpus full = layout.wholeCorpus() ? loaded : withStoredRecords(loaded, stored);

        Linked linked = new Linker().link(full);
        Instant link = Instant.now();
        GraphMapper mapper = new GraphMapper(store.iris());
        Set<String> changed = new TreeSet<>();
        for (SourceRecord r : full.events()) {
            KnowledgeStore.StoredRecord before = stored.get(r.event().id());
            if (rebuild || before == null || !mapper.signature(r, linked).equals(before.contentSignature())) {
                changed.add(r.event().id());
            }
        }
        MappedDataset mapped = mapper.map(full, linked, started, r -> changed.contains(r.event().id()));
        Instant compared = Instant.now();
        KnowledgeStore.WriteSummary written = store.write(mapped, layout.wholeCorpus());
        StoreStats stats = StoreStats.of(store);
        Duration took = Duration.between(started, Instant.now());
        Map<String, Duration> phases = new java.util.LinkedHashMap<>();
        phases.put("read", Duration.between(started, read));
        phases.put("link", Duration.between(read, link));
        phases.put("compare", Duration.between(link, compared));
        phases.put("map and write", Duration.between(compared, Instant.now()));
        return new LoadReport(written.eventGraphsWritten(), written.eventsRemoved(), stats, loaded.warnings(),
                linked, took, phases);
    }

    private Corpus withStoredRecords(Corpus loaded, Map<String, KnowledgeStore.StoredRecord> stored) {
        Map<String, SourceRecord> all = new TreeMap<>();
        stored.forEach((id, s) -> {
            String name = RecordNames.ofStored(s.recordFile());
            all.put(id, new SourceRecord(Path.of(name), name, s.sha256(), parse(s.json())));
        });
        loaded.events().forEach(r -> all.put(r.event().id(), r));
        return new Corpus(new ArrayList<>(all.values()), loaded.organizations(), loaded.aliases(), loaded.warnings());
    }

    private static EventRecord parse(String json) {
        try {
            return DataReader.JSON.readValue(json, EventRecord.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored record cannot be read back: " + e.getOriginalMessage(), e);
        }
    }

    /** What a load did, for the command line to print. Publishing the dumps is a step of its own ({@link DumpWriter}). */
    public record LoadReport(int recordsWritten, List<String> recordsRemoved, StoreStats stats, List<Problem> warnings,
                             Linked linked, Duration took, Map<String, Duration> phases) {}
}
