package org.migkg.store;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.DistinctDataBag;
import org.apache.jena.atlas.data.ThresholdPolicyCount;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.RDF;

/** The VoID figures of a dataset: sizes, and the classes and properties it uses with how much of each. */
public record DatasetStatistics(long triples, long entities, long distinctSubjects, long distinctObjects,
                                Map<String, Long> classEntities, Map<String, Long> propertyTriples) {

    /**
     * Counts triples given grouped by subject and without duplicates (as the sorted union of the dumps comes), so
     * subjects and class members are counted without remembering them; distinct objects go through a spilling bag.
     */
    public static final class Counter implements AutoCloseable {
        private final String entityPrefix;
        private final Map<String, Long> classEntities = new TreeMap<>();
        private final Map<String, Long> propertyTriples = new TreeMap<>();
        private final DistinctDataBag<String> objects = BagFactory.newDistinctBag(
                new ThresholdPolicyCount<>(SortedNQuads.LINES_IN_MEMORY), SortedNQuads.lines(), String::compareTo);
        private Node lastSubject;
        private long triples;
        private long entities;
        private long subjects;

        public Counter(String entityPrefix) {
            this.entityPrefix = entityPrefix;
        }

        public void add(Triple t) {
            triples++;
            if (!t.getSubject().equals(lastSubject)) {
                lastSubject = t.getSubject();
                subjects++;
                if (lastSubject.isURI() && lastSubject.getURI().startsWith(entityPrefix)) {
                    entities++;
                }
            }
            objects.add(NodeFmtLib.strNT(t.getObject()));
            propertyTriples.merge(t.getPredicate().getURI(), 1L, Long::sum);
            if (t.getPredicate().equals(RDF.type.asNode())) {
                classEntities.merge(t.getObject().toString(), 1L, Long::sum);
            }
        }

        public DatasetStatistics result() {
            long distinctObjects = 0;
            Iterator<String> it = objects.iterator();
            while (it.hasNext()) {
                it.next();
                distinctObjects++;
            }
            return new DatasetStatistics(triples, entities, subjects, distinctObjects,
                    java.util.Collections.unmodifiableMap(new TreeMap<>(classEntities)),
                    java.util.Collections.unmodifiableMap(new TreeMap<>(propertyTriples)));
        }

        @Override
        public void close() {
            objects.close();
        }
    }
}
