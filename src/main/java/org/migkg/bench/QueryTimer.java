package org.migkg.bench;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Times a query on a store: warm-up runs first, then timed runs that each read every result. A query whose first run
 * takes longer than {@link #SLOW_NANOS} is timed over fewer runs, so one slow query cannot hold the benchmark up.
 */
public final class QueryTimer {
    /** The timings and how many rows (or triples) the query answered. */
    public record Timing(Samples samples, long results) {}

    private final DatasetGraph dsg;

    public QueryTimer(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    static final long SLOW_NANOS = 5_000_000_000L;
    static final int SLOW_RUNS = 3;

    public Timing time(String sparql, int warmUps, int runs) {
        Query query = QueryFactory.create(sparql);
        long first = System.nanoTime();
        long results = once(query);
        if (System.nanoTime() - first > SLOW_NANOS) {
            warmUps = 1;
            runs = SLOW_RUNS;
        }
        for (int i = 1; i < warmUps; i++) {
            results = once(query);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            results = once(query);
            nanos[i] = System.nanoTime() - t0;
        }
        return new Timing(new Samples(nanos), results);
    }

    private long once(Query query) {
        return Txn.calculateRead(dsg, () -> {
            Dataset ds = DatasetFactory.wrap(dsg);
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                if (query.isSelectType()) {
                    return (long) ResultSetFormatter.consume(qe.execSelect());
                }
                if (query.isAskType()) {
                    return qe.execAsk() ? 1L : 0L;
                }
                if (query.isConstructType()) {
                    return qe.execConstruct().size();
                }
                return qe.execDescribe().size();
            }
        });
    }
}
