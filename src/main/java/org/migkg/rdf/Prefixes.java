package org.migkg.rdf;

import java.util.LinkedHashMap;
import java.util.Map;

/** The prefixes used in Turtle output, the query library and the web pages, in the order written here. */
public final class Prefixes {
    private Prefixes() {}

    public static final Map<String, String> MAP = build();

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("mk", MK.NS);
        m.put("schema", SchemaOrg.NS);
        m.put("org", "http://www.w3.org/ns/org#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("foaf", "http://xmlns.com/foaf/0.1/");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("gcm", MK.GCM_OBJECTIVE);
        m.put("principle", MK.GCM_PRINCIPLE);
        m.put("role", MK.ROLE);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** An empty model with these prefixes, for a graph written whole. */
    static org.apache.jena.rdf.model.Model newModel() {
        return org.apache.jena.rdf.model.ModelFactory.createDefaultModel().setNsPrefixes(MAP);
    }

    /** SPARQL PREFIX lines for all of {@link #MAP}. */
    public static String sparql() {
        StringBuilder sb = new StringBuilder();
        MAP.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append("PREFIX ").append(e.getKey()).append(": <").append(e.getValue()).append(">\n"));
        return sb.toString();
    }
}
