package org.migkg.store;

import java.util.Arrays;
import java.util.Optional;

/** The files a load publishes in {@code <store>/dumps}, each served at {@code /dumps/<file>}. */
public enum Dump {
    NQUADS("migkg.nq.gz", "application/gzip", "application/n-quads", "N-Quads, gzip-compressed: every named graph, sorted"),
    TURTLE("migkg.ttl", "text/turtle", "text/turtle", "Turtle: the union of the named graphs, with the dataset description"),
    JSONLD("migkg.jsonld", "application/ld+json", "application/ld+json", "JSON-LD with the published context: the union, with the dataset description");

    public static final String DIRECTORY = "dumps";
    /** The dataset description with the dumps' sizes; served at /.well-known/void. */
    public static final String VOID_FILE = "void.ttl";

    private final String file;
    private final String contentType;
    private final String rdfMediaType;
    private final String title;

    Dump(String file, String contentType, String rdfMediaType, String title) {
        this.file = file;
        this.contentType = contentType;
        this.rdfMediaType = rdfMediaType;
        this.title = title;
    }

    public String file() {
        return file;
    }

    /** The Content-Type of the file's bytes as served. */
    public String contentType() {
        return contentType;
    }

    /** The RDF syntax inside (for N-Quads, under the gzip compression). */
    public String rdfMediaType() {
        return rdfMediaType;
    }

    public String title() {
        return title;
    }

    public boolean compressed() {
        return this == NQUADS;
    }

    public static Optional<Dump> ofFile(String name) {
        return Arrays.stream(values()).filter(d -> d.file.equals(name)).findFirst();
    }
}
