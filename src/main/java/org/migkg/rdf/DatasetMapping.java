package org.migkg.rdf;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.migkg.link.Linked;
import org.migkg.records.Corpus;
import org.migkg.records.SourceRecord;

/**
 * Maps a linked corpus to the graphs one load writes, each named in the dataset: a graph per record, the shared
 * graphs and the loads graph's facts. Configured like Jena's builders, then {@link #map} is the terminal call:
 * {@code DatasetMapping.create().iris(iris).loadTime(t).map(corpus, linked)}. Every node has an IRI (no blank nodes),
 * so the same input gives the same graph byte for byte in sorted N-Quads; the only facts that change from load to
 * load go to the separate loads graph.
 */
public final class DatasetMapping {
    private Iris iris = Iris.DEFAULT;
    private Instant loadTime;
    private Predicate<SourceRecord> records = r -> true;

    private DatasetMapping() {}

    public static DatasetMapping create() {
        return new DatasetMapping();
    }

    public DatasetMapping iris(Iris iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
        return this;
    }

    /** The time the loads graph records for this load. */
    public DatasetMapping loadTime(Instant loadTime) {
        this.loadTime = Objects.requireNonNull(loadTime, "loadTime");
        return this;
    }

    /** The records whose graphs are mapped (every one unless set); the shared graphs always cover the whole corpus. */
    public DatasetMapping records(Predicate<SourceRecord> records) {
        this.records = Objects.requireNonNull(records, "records");
        return this;
    }

    /** The shared graphs of the whole corpus, and (lazily, one at a time) the graphs of the chosen records. */
    public MappedDataset map(Corpus corpus, Linked linked) {
        Objects.requireNonNull(loadTime, "loadTime is not set");
        List<SourceRecord> mapped = corpus.events().stream().filter(records).toList();
        SortedSet<String> corpusIris = new TreeSet<>();
        corpus.events().forEach(r -> corpusIris.add(iris.eventGraph(r.event().id())));
        SortedSet<String> graphIris = new TreeSet<>();
        mapped.forEach(r -> graphIris.add(iris.eventGraph(r.event().id())));
        RecordGraph recordGraph = new RecordGraph(iris, linked);
        LoadFacts loads = new LoadFacts(NodeFactory.createLiteralDT(loadTime.toString(),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime), new ContentSignature(iris, linked));
        Supplier<Stream<MappedDataset.MappedEvent>> events = () -> mapped.stream().map(source -> {
            String graph = iris.eventGraph(source.event().id());
            return new MappedDataset.MappedEvent(graph, recordGraph.of(source).getGraph(), loads.ofRecord(graph, source));
        });
        SortedMap<String, Supplier<Stream<Graph>>> shared = new TreeMap<>();
        shared.put(iris.organizationsGraph(), () -> Stream.of(new OrganizationsGraph(iris).of(linked).getGraph()));
        shared.put(iris.peopleGraph(), () -> Stream.of(new PeopleGraph(iris).of(linked).getGraph()));
        shared.put(iris.linksGraph(), () -> new LinksGraph(iris).parts(linked));
        shared.put(iris.vocabularyGraph(), () -> Stream.of(VocabularyFiles.vocabulary()));
        return new MappedDataset(corpusIris, graphIris, events, shared, loads.ofDataset(iris.dataset()));
    }
}
