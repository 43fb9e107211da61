package org.migkg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.migkg.rdf.Prefixes;

/**
 * {@link TextSearch} through the store's Lucene index, asked the way a SPARQL user asks it ({@code text:query}). The
 * user's words are searched as plain words: Lucene's query syntax characters are escaped.
 */
final class LuceneTextSearch implements TextSearch {
    private static final String QUERY = Prefixes.sparql() + """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?s ?score ?match ?label ?type WHERE {
              (?s ?score ?match) text:query (?q ?limit) .
              OPTIONAL { ?s schema:name|skos:prefLabel|rdfs:label ?label }
              OPTIONAL { ?s a ?type }
            } ORDER BY DESC(?score) ?s""";

    private final StoreReader store;

    LuceneTextSearch(StoreReader store) {
        this.store = store;
    }

    @Override
    public List<Hit> search(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(QUERY);
        pss.setLiteral("q", QueryParserBase.escape(query.strip()));
        // Each entity can match on several literals: ask for enough matches to fill the limit with distinct entities.
        pss.setLiteral("limit", Math.max(limit * 10, 50));
        return store.read(() -> {
            Map<String, Hit> hits = new LinkedHashMap<>();
            try (QueryExecution qe = store.query(pss.asQuery()).build()) {
                qe.execSelect().forEachRemaining(row -> {
                    String iri = row.getResource("s").getURI();
                    Hit current = hits.get(iri);
                    Hit candidate = hit(row, iri);
                    if (current == null || better(candidate, current)) {
                        hits.put(iri, candidate);
                    }
                });
            }
            List<Hit> ordered = new ArrayList<>(hits.values());
            ordered.sort(java.util.Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::iri));
            return ordered.subList(0, Math.min(limit, ordered.size()));
        });
    }

    private static boolean better(Hit a, Hit b) {
        if (a.score() != b.score()) {
            return a.score() > b.score();
        }
        int kind = HitKind.rank(a.kind()) - HitKind.rank(b.kind());
        return kind != 0 ? kind < 0 : a.label().compareTo(b.label()) < 0;
    }

    private static Hit hit(QuerySolution row, String iri) {
        String label = row.contains("label") ? row.getLiteral("label").getLexicalForm()
                : row.getLiteral("match").getLexicalForm();
        String type = row.contains("type") ? row.getResource("type").getURI() : null;
        return new Hit(iri, label, HitKind.of(type), row.getLiteral("score").getDouble());
    }
}
