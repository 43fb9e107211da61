package org.migkg.serve;

import java.util.Locale;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query service, answering either a query's whole result or an error status, never 200 with a
 * cut-off body: results are held in full ({@link WholeResults}) before the first byte is written, so a query that
 * runs out of time gets 503 and one whose result is over the bound gets 413, each with a message that names the limit.
 */
final class WholeResultsQuery extends SPARQL_QueryDataset {
    private final WholeResults whole;
    private final long timeoutMillis;

    WholeResultsQuery(long maxResults, long timeoutMillis) {
        this.whole = new WholeResults(maxResults);
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (QueryCancelledException e) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, timedOut(action));
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        try {
            if (query.isSelectType()) {
                return new QueryExecResult(whole.rows(exec.select()));
            }
            if (query.isConstructType()) {
                return new QueryExecResult(whole.quads(exec.constructQuads()));
            }
            if (query.isDescribeType()) {
                return new QueryExecResult(whole.graph(exec.describe()));
            }
            if (query.isJsonType()) {
                return new QueryExecResult(whole.json(exec.execJsonItems()));
            }
            return super.executeQuery(action, exec, query, queryStringLog);
        } catch (WholeResults.TooLarge e) {
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, tooLarge(query));
            return null;
        }
    }

    private String tooLarge(Query query) {
        String unit = query.isConstructType() || query.isDescribeType() ? "triples" : "rows";
        long n = whole.maxResults();
        return "Result too large: it has more than " + n + " " + unit + ", the most this server answers at once (a result"
                + " is held whole before it is sent, so that it is never cut off). Ask for it in pages: add ORDER BY, so"
                + " that the pages do not overlap, and LIMIT " + n + " OFFSET 0, then LIMIT " + n + " OFFSET " + n
                + ", and so on until a page has fewer than " + n + " " + unit + ".\n";
    }

    private String timedOut(HttpAction action) {
        String limit = timeoutMillis > 0 ? "the time limit of " + seconds(timeoutMillis) : "the time limit";
        String asked = action.getRequestParameter("timeout");
        String yours = asked == null ? "" : " (or the timeout=" + asked + " the request asked for)";
        return "Query timed out: it ran past " + limit + yours + " and was stopped; no results are sent,"
                + " since a cut-off result would look complete. Make the query cheaper (more specific patterns, fewer"
                + " joins), or ask for fewer results with LIMIT, and for the next ones with OFFSET.\n";
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
