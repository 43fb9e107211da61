package org.migkg.serve.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.ResourceFactory;
import org.migkg.store.KnowledgeStore;
import org.migkg.store.TextSearch;

/**
 * Search by case-insensitive substring over names, titles, labels and stated positions, with plain SPARQL: it reads
 * every such literal, so it suits small stores. A stated position finds the person who stated it.
 */
final class SparqlTextSearch implements TextSearch {
    private static final Query SEARCH = Sparql.parse("""
            SELECT ?s (MAX(?w) AS ?score) (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) WHERE {
              {
                VALUES (?p ?w) { (schema:name 3.0) (skos:prefLabel 3.0) (rdfs:label 2.0) (schema:alternateName 2.0) (schema:description 1.0) }
                ?s ?p ?text .
              } UNION {
                ?x mk:statedPosition ?text ; mk:participant ?s . BIND (1.0 AS ?w)
              }
              FILTER (CONTAINS(LCASE(STR(?text)), LCASE(?q)))
              ?s a ?t .
              VALUES ?t { schema:Event schema:EventSeries mk:Partnership schema:Person schema:Organization org:Post skos:Concept }
              OPTIONAL { ?s schema:name|skos:prefLabel|rdfs:label ?l }
            } GROUP BY ?s ORDER BY DESC(?score) ?label ?s""");
    private static final Map<String, String> KINDS = Map.of(
            "https://schema.org/Event", "event", "https://schema.org/EventSeries", "series",
            "https://w3id.org/migkg/ontology#Partnership", "series", "https://schema.org/Person", "person",
            "https://schema.org/Organization", "organization", "http://www.w3.org/ns/org#Post", "post",
            "http://www.w3.org/2004/02/skos/core#Concept", "concept");

    private final Sparql sparql;

    SparqlTextSearch(KnowledgeStore store) {
        this.sparql = new Sparql(store);
    }

    @Override
    public List<Hit> search(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        Map<String, Hit> hits = new LinkedHashMap<>();
        for (Row r : sparql.select(SEARCH, Map.of("q", ResourceFactory.createStringLiteral(query.strip())))) {
            if (hits.size() >= limit) {
                break;
            }
            hits.putIfAbsent(r.iri("s"), new Hit(r.iri("s"), r.has("label") ? r.text("label") : r.iri("s"),
                    KINDS.getOrDefault(r.iri("type"), "other"), r.decimal("score")));
        }
        return new ArrayList<>(hits.values());
    }
}
