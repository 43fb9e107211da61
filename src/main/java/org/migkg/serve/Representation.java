package org.migkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;

/** The forms an entity is served in, chosen by a path suffix or, failing that, by the Accept header. */
public enum Representation {
    HTML(WebContent.contentTypeHTML, ".html", "HTML", null),
    TURTLE(WebContent.contentTypeTurtle, ".ttl", "Turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD(WebContent.contentTypeJSONLD, ".jsonld", "JSON-LD", RDFFormat.JSONLD11),
    NTRIPLES(WebContent.contentTypeNTriples, ".nt", "N-Triples", RDFFormat.NTRIPLES),
    RDFXML(WebContent.contentTypeRDFXML, ".rdf", "RDF/XML", RDFFormat.RDFXML_ABBREV);

    public static final List<Representation> RDF = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);

    /**
     * What the server offers, in order of preference when the client accepts several equally: HTML first, so a
     * client that sends no Accept header (or only {@code *}/{@code *}) gets the page a person would expect.
     */
    private static final AcceptList OFFER = AcceptList.create(Arrays.stream(values()).map(Representation::mediaType).toArray(String[]::new));

    private final String mediaType;
    private final String suffix;
    private final String label;
    private final RDFFormat format;

    Representation(String mediaType, String suffix, String label, RDFFormat format) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.label = label;
        this.format = format;
    }

    public String mediaType() {
        return mediaType;
    }

    public String suffix() {
        return suffix;
    }

    public String label() {
        return label;
    }

    public RDFFormat format() {
        return format;
    }

    /** The representation a path's suffix names, if it ends in one. */
    public static Optional<Representation> ofSuffix(String path) {
        return Arrays.stream(values()).filter(r -> path.endsWith(r.suffix)).findFirst();
    }

    /** The best match for the request's Accept header (q-values honoured), or empty when nothing offered is acceptable. */
    public static Optional<Representation> negotiate(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(HTML);
        }
        MediaType chosen = ConNeg.chooseContentType(request, OFFER, null);
        if (chosen == null) {
            return Optional.empty();
        }
        String type = chosen.getContentTypeStr();
        return Arrays.stream(values()).filter(r -> r.mediaType.equals(type)).findFirst();
    }
}
