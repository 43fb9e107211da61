package org.migkg.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.migkg.link.Linked;
import org.migkg.link.Linker;
import org.migkg.rdf.DatasetMapping;
import org.migkg.rdf.Iris;
import org.migkg.records.Corpus;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;

/** Reads, validates, links and maps a corpus in this JVM, each step timed; nothing of it is kept for the loads. */
final class PipelineTimings {
    static final String SECTION = "pipeline";

    /** The corpus read, for timing linking on it again, and the triples the mapping gave. */
    record Result(Corpus corpus, long triples, List<ReportRow> rows) {}

    private PipelineTimings() {}

    static Result run(Path data) {
        Stopwatch t0 = Stopwatch.start();
        DataReader reader = new DataReader(data.getParent());
        Corpus corpus = reader.read(DataLayout.of(List.of(data), data));
        Stopwatch.Span read = t0.stop();
        int records = corpus.events().size();

        Stopwatch t1 = Stopwatch.start();
        Linked linked = new Linker().link(corpus);
        Stopwatch.Span link = t1.stop();

        Stopwatch t2 = Stopwatch.start();
        long triples = DatasetMapping.create().iris(Iris.DEFAULT).loadTime(Instant.now()).map(corpus, linked).tripleCount();
        Stopwatch.Span map = t2.stop();

        Stopwatch.Span all = new Stopwatch.Span(read.wallNanos() + link.wallNanos() + map.wallNanos(),
                read.cpuNanos() + link.cpuNanos() + map.cpuNanos());
        return new Result(corpus, triples, List.of(
                ReportRow.info(SECTION, "read + validate " + Figures.count(records) + " records",
                        read.describe() + ", " + Figures.perSecond(records, read.wallNanos(), "records")),
                ReportRow.info(SECTION, "link (first run, cold)", link.describe()),
                ReportRow.info(SECTION, "map to RDF (" + Figures.count(triples) + " triples)",
                        map.describe() + ", " + Figures.perSecond(triples, map.wallNanos(), "triples")),
                ReportRow.info(SECTION, "read + validate + link + map", all.describe() + ", "
                        + Figures.perSecond(records, all.wallNanos(), "records") + ", " + Figures.perSecond(triples, all.wallNanos(), "triples"))));
    }
}
