package org.migkg.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import org.migkg.link.RegisterUpdate;
import org.migkg.records.Corpus;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;
import org.migkg.records.EventRecord;
import org.migkg.records.InvalidInputException;
import org.migkg.records.Problem;
import org.migkg.records.RecordNames;
import org.migkg.records.RegisterFile;
import org.migkg.records.SourceRecord;
import org.migkg.rdf.ContentSignature;
import org.migkg.rdf.CorpusCounts;
import org.migkg.rdf.DatasetMapping;
import org.migkg.rdf.MappedDataset;
import org.migkg.progress.Progress;
import org.migkg.store.KnowledgeStore;
import org.migkg.store.StoredRecord;
import org.migkg.store.WriteSummary;
import org.migkg.store.StoreException;
import org.migkg.store.StoreStats;

/**
 * One load, forward through the stages: read and validate every record (nothing is written if any is bad), link,
 * map, and write in a single store transaction. Loading a data directory makes the store hold exactly that corpus;
 * loading single record files adds or replaces just those records, relinking them with the rest of the store.
 *
 * <p>Linking keeps the ids of the data directory's register ({@code register.json}); when it minted new ones, the
 * extended register replaces the file once the store transaction has committed. If the register cannot be written,
 * nothing is loaded, unless the load was asked not to update it. A record whose id the store already holds from
 * another record file that still has it is refused, so a new record never takes a published event IRI.
 */
public final class Loader {
    private final KnowledgeStore store;
    private final Path workingDir;
    private Progress progress = Progress.NONE;

    public Loader(KnowledgeStore store, Path workingDir) {
        this.store = store;
        this.workingDir = workingDir;
    }

    /** Reports each phase of a load, and the record graphs written, to {@code progress}. */
    public Loader reportingTo(Progress progress) {
        this.progress = progress;
        return this;
    }

    public LoadReport load(List<Path> paths, Path defaultDataDir, boolean strict) {
        return load(paths, defaultDataDir, strict, false);
    }

    /**
     * @param rebuild rewrite every record graph; otherwise only those whose content signature changed (the record
     *                file, or what linking decided for its participants and posts)
     */
    public LoadReport load(List<Path> paths, Path defaultDataDir, boolean strict, boolean rebuild) {
        return load(paths, defaultDataDir, new Options(strict, rebuild, true));
    }

    /**
     * @param strict         refuse records with open review items
     * @param rebuild        rewrite every record graph
     * @param updateRegister write the ids this load minted to the register; without it the register is left as it is
     *                       and ids it does not hold may change with later records
     */
    public record Options(boolean strict, boolean rebuild, boolean updateRegister) {}

    public LoadReport load(List<Path> paths, Path defaultDataDir, Options options) {
        boolean strict = options.strict();
        boolean rebuild = options.rebuild();
        Instant started = Instant.now();
        progress.phase("reading and validating records", 0);
        DataReader reader = new DataReader(workingDir);
        DataLayout layout = DataLayout.of(paths, defaultDataDir);
        CheckedFilesFile checked = CheckedFilesFile.in(store.directory());
        Corpus loaded;
        try {
            loaded = reader.read(layout, checked);
        } finally {
            checked.save(layout.wholeCorpus());
        }
        if (strict && loaded.openReviewItems() > 0) {
            List<Problem> open = loaded.warnings().stream().filter(w -> w.field().equals("/review")).toList();
            throw new InvalidInputException(open.stream()
                    .map(w -> new Problem(w.file(), w.record(), w.field(), "refused by --strict: " + w.message())).toList());
        }
        Map<String, StoredRecord> stored = store.storedRecords();
        if (!layout.wholeCorpus()) {
            refuseTakenIds(loaded, stored, reader, defaultDataDir);
        }
        Corpus full = layout.wholeCorpus() ? loaded : withStoredRecords(loaded, stored, store.storedRecordJson());
        // Reading what the store holds of each record counts as reading, so "link" times linking alone.
        Instant read = Instant.now();

        progress.phase("linking " + full.events().size() + " records", 0);
        Linker linker = new Linker();
        Linked linked = linker.link(full);
        RegisterUpdate register = linked.register();
        if (register.changed()) {
            // Link again against the extended register, so the graph is what a rebuild from the data and the register
            // written below gives; the ids are the same, the evidence for each merge then is too.
            Linked again = linker.link(full.withRegister(register.register()));
            linked = again.withRegister(register);
        }
        Instant link = Instant.now();
        boolean writeRegister = options.updateRegister() && register.changed();
        if (writeRegister) {
            checkWritable(layout.registerFile(), reader);
        }
        progress.phase("comparing with the store", 0);
        ContentSignature signature = new ContentSignature(store.iris(), linked);
        Set<String> changed = new TreeSet<>();
        for (SourceRecord r : full.events()) {
            StoredRecord before = stored.get(r.event().id());
            if (rebuild || before == null || !signature.of(r).equals(before.contentSignature())) {
                changed.add(r.event().id());
            }
        }
        MappedDataset mapped = DatasetMapping.create().iris(store.iris()).loadTime(started)
                .records(r -> changed.contains(r.event().id())).map(full, linked);
        Instant compared = Instant.now();
        progress.phase("counting events per person, organization, objective and year", 0);
        // The counts are a shared graph like the others: the write rewrites only the subjects whose counts changed.
        mapped = mapped.withSharedGraph(store.iris().countsGraph(), CorpusCounts.of(store.iris(), full, linked));
        Instant counted = Instant.now();
        progress.phase("mapping and writing record graphs", changed.size());
        WriteSummary written = store.write(counted(mapped), layout.wholeCorpus());
        if (writeRegister) {
            try {
                RegisterFile.write(layout.registerFile(), register.register());
            } catch (UncheckedIOException e) {
                throw new StoreException("the store was loaded, but the ids it minted could not be added to "
                        + reader.display(layout.registerFile()) + " (" + StoreException.reason(e)
                        + "); load again to record them", e);
            }
        }
        progress.phase("counting the store", 0);
        StoreStats stats = StoreStats.of(store);
        progress.finish();
        Duration took = Duration.between(started, Instant.now());
        Map<String, Duration> phases = new java.util.LinkedHashMap<>();
        phases.put("read", Duration.between(started, read));
        phases.put("link", Duration.between(read, link));
        phases.put("compare", Duration.between(link, compared));
        phases.put("count", Duration.between(compared, counted));
        phases.put("map and write", Duration.between(counted, Instant.now()));
        return new LoadReport(written.eventGraphsWritten(), written.eventsRemoved(), stats, loaded.warnings(),
                linked, took, phases, reader.display(layout.registerFile()), writeRegister);
    }

    private static void checkWritable(Path registerFile, DataReader reader) {
        Path dir = registerFile.toAbsolutePath().getParent();
        boolean writable = Files.isDirectory(dir) && Files.isWritable(dir)
                && (!Files.exists(registerFile) || Files.isWritable(registerFile));
        if (!writable) {
            throw new StoreException("cannot add the ids this load mints to " + reader.display(registerFile)
                    + " (not writable); nothing was loaded. Load with --no-register-update to load without recording them");
        }
    }

    /** Refuses a record that would take the id of a stored record whose file, elsewhere, still holds that id. */
    private void refuseTakenIds(Corpus loaded, Map<String, StoredRecord> stored, DataReader reader, Path defaultDataDir) {
        List<Problem> problems = new ArrayList<>();
        for (SourceRecord r : loaded.events()) {
            StoredRecord before = stored.get(r.event().id());
            if (before == null) {
                continue;
            }
            Path storedFile = defaultDataDir.resolve(RecordNames.ofStored(before.recordFile()));
            if (stillHolds(storedFile, r.event().id()) && !sameFile(storedFile, r.file())) {
                problems.add(new Problem(reader.display(r.file()), r.event().id(), "/id", "the store already holds event '"
                        + r.event().id() + "' from " + before.recordFile() + "; give this record an id of its own"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static boolean stillHolds(Path file, String id) {
        try {
            return Files.isRegularFile(file) && id.equals(DataReader.JSON.readTree(file.toFile()).path("id").asText());
        } catch (IOException e) {
            return false;
        }
    }

    private Corpus withStoredRecords(Corpus loaded, Map<String, StoredRecord> stored, Map<String, String> json) {
        Map<String, SourceRecord> all = new TreeMap<>();
        stored.forEach((id, s) -> {
            String name = RecordNames.ofStored(s.recordFile());
            all.put(id, new SourceRecord(Path.of(name), name, s.sha256(), parse(json.get(id))));
        });
        loaded.events().forEach(r -> all.put(r.event().id(), r));
        return loaded.withEvents(new ArrayList<>(all.values()));
    }

    private static EventRecord parse(String json) {
        try {
            return DataReader.JSON.readValue(json, EventRecord.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored record cannot be read back: " + e.getOriginalMessage(), e);
        }
    }

    /** The same dataset, reporting each record graph as the store takes it. */
    private MappedDataset counted(MappedDataset mapped) {
        long[] done = {0};
        return new MappedDataset(mapped.corpusGraphIris(), mapped.eventGraphIris(),
                () -> mapped.eventGraphs().get().peek(e -> progress.advance(++done[0])), mapped.sharedGraphs(), mapped.loads());
    }

    /** What a load did, for the command line to print. Publishing the dumps is a step of its own ({@link org.migkg.store.DumpWriter}). */
    public record LoadReport(int recordsWritten, List<String> recordsRemoved, StoreStats stats, List<Problem> warnings,
                             Linked linked, Duration took, Map<String, Duration> phases, String registerFile,
                             boolean registerWritten) {}
}
