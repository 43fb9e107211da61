package org.migkg.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.migkg.rdf.Iris;
import org.migkg.rdf.MK;
import org.migkg.rdf.Prefixes;
import org.migkg.rdf.SchemaOrg;

/**
 * The dataset's VoID and DCAT description: title, licence, release, last load time, size, the classes and properties
 * used (with a partition for each), the SPARQL endpoint and the dumps. Every node has an IRI below
 * {@code <base>dataset}, so the description, like the data, has no blank nodes.
 */
public final class DatasetDescription {
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    public static final String TITLE = "MigKG: a knowledge graph of migration-policy events";
    public static final String DESCRIPTION = "Events on migration policy (webinars, conferences and meetings on return,"
            + " reintegration and the Global Compact for Safe, Orderly and Regular Migration), the people who spoke at them"
            + " with the posts they held at the time, the organizations behind them, the GCM objectives and themes they"
            + " address, and how events relate to each other, with the source of every record.";
    /** DCAT 3's versioning terms (Jena's DCAT constants predate them). */
    private static final Property DCAT_VERSION = ResourceFactory.createProperty(DCAT.NS + "version");
    public static final Property PREVIOUS_VERSION = ResourceFactory.createProperty(DCAT.NS + "previousVersion");
    public static final Property HAS_VERSION = ResourceFactory.createProperty(DCAT.NS + "hasVersion");
    public static final Property HAS_CURRENT_VERSION = ResourceFactory.createProperty(DCAT.NS + "hasCurrentVersion");
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final Property CHECKSUM = ResourceFactory.createProperty(SPDX + "checksum");
    public static final Property CHECKSUM_VALUE = ResourceFactory.createProperty(SPDX + "checksumValue");
    private static final Property ALGORITHM = ResourceFactory.createProperty(SPDX + "algorithm");
    private static final Resource CHECKSUM_CLASS = ResourceFactory.createResource(SPDX + "Checksum");
    private static final Resource SHA256 = ResourceFactory.createResource(SPDX + "checksumAlgorithm_sha256");
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    private DatasetDescription() {}

    /** Where the latest release's dump is: it moves on with each release. */
    public static String downloadUrl(Iris iris, Dump dump) {
        return iris.base() + Dump.DIRECTORY + "/" + dump.file();
    }

    /** Where a kept release's file is: it never changes while the release is kept. */
    public static String downloadUrl(Iris iris, String releaseId, String file) {
        return iris.base() + Dump.DIRECTORY + "/" + releaseId + "/" + file;
    }

    /** The IRI of one release (a version of the dataset, in DCAT 3's terms). */
    public static String releaseIri(Iris iris, String releaseId) {
        return iris.dataset() + "/release/" + releaseId;
    }

    /** One file of a kept release, as its description lists it. */
    public record ReleaseFile(String slug, String file, String title, String mediaType, Optional<String> compressFormat,
                              long size, String sha256) {
        public static ReleaseFile of(Dump dump, long size, String sha256) {
            return new ReleaseFile(dump.name().toLowerCase(java.util.Locale.ROOT), dump.file(), dump.title(), dump.rdfMediaType(),
                    dump.compressed() ? Optional.of(dump.contentType()) : Optional.empty(), size, sha256);
        }
    }

    /**
     * One release as DCAT 3 describes a version: a {@code dcat:Dataset} that {@code dcterms:isVersionOf} the dataset,
     * with its {@code dcat:version}, {@code dcterms:issued}, {@code dcat:previousVersion}, the SHA-256 of its sorted
     * content N-Quads ({@code spdx:checksum}), its size, and a {@code dcat:Distribution} per file with its
     * {@code dcat:byteSize} and {@code spdx:checksum} at a download URL that stays while the release is kept.
     */
    public static Model release(Iris iris, Release release, Instant issued, Optional<String> previous,
                                DatasetStatistics stats, List<ReleaseFile> files) {
        Model m = ModelFactory.createDefaultModel();
        prefixes(m);
        Resource r = m.createResource(releaseIri(iris, release.id()), DCAT.Dataset);
        r.addProperty(DCTerms.title, m.createLiteral(TITLE + ", release " + release.id(), "en"));
        r.addProperty(DCTerms.isVersionOf, m.createResource(iris.dataset()));
        r.addProperty(DCTerms.identifier, release.id());
        r.addProperty(DCAT_VERSION, release.id());
        r.addProperty(DCTerms.issued, m.createTypedLiteral(issued.toString(), XSDDatatype.XSDdateTime));
        r.addProperty(DCTerms.license, m.createResource(LICENSE));
        previous.ifPresent(p -> r.addProperty(PREVIOUS_VERSION, m.createResource(releaseIri(iris, p))));
        checksum(r, release.sha256(), "SHA-256 of the sorted, uncompressed N-Quads; the release id is its first "
                + Release.HASH_DIGITS + " hex digits");
        integer(r, VOID.triples, stats.triples());
        integer(r, VOID.entities, stats.entities());
        for (ReleaseFile f : files) {
            Resource dist = m.createResource(r.getURI() + "/distribution/" + f.slug(), DCAT.Distribution);
            Resource url = m.createResource(downloadUrl(iris, release.id(), f.file()));
            r.addProperty(DCAT.distribution, dist);
            dist.addProperty(DCTerms.title, f.title());
            dist.addProperty(DCAT.downloadURL, url);
            dist.addProperty(DCAT.accessURL, url);
            dist.addProperty(DCAT.mediaType, m.createResource(IANA + f.mediaType()));
            f.compressFormat().ifPresent(c -> dist.addProperty(DCAT.compressFormat, m.createResource(IANA + c)));
            dist.addProperty(DCTerms.license, m.createResource(LICENSE));
            dist.addProperty(DCAT_VERSION, release.id());
            dist.addProperty(DCAT.byteSize, m.createTypedLiteral(Long.toString(f.size()), XSDDatatype.XSDnonNegativeInteger));
            checksum(dist, f.sha256(), null);
        }
        return m;
    }

    /** Adds the kept releases to the description of the dataset, the last of them its current version. */
    public static void listReleases(Model description, Iris iris, List<Model> kept, String current) {
        Resource ds = description.createResource(iris.dataset());
        for (Model release : kept) {
            description.add(release);
            release.listSubjectsWithProperty(DCTerms.isVersionOf, ds).forEach(r -> ds.addProperty(HAS_VERSION, r));
        }
        ds.addProperty(HAS_CURRENT_VERSION, description.createResource(releaseIri(iris, current)));
    }

    /** The SHA-256 a release or distribution states, if any. */
    public static Optional<String> checksum(Resource r) {
        Resource c = r.getPropertyResourceValue(CHECKSUM);
        Statement v = c == null ? null : c.getProperty(CHECKSUM_VALUE);
        return Optional.ofNullable(v).map(Statement::getString);
    }

    private static void checksum(Resource r, String sha256, String description) {
        Model m = r.getModel();
        Resource c = m.createResource(r.getURI() + "/checksum", CHECKSUM_CLASS);
        r.addProperty(CHECKSUM, c);
        c.addProperty(ALGORITHM, SHA256);
        c.addProperty(CHECKSUM_VALUE, m.createTypedLiteral(sha256, XSDDatatype.XSDhexBinary));
        if (description != null) {
            c.addProperty(DCTerms.description, m.createLiteral(description, "en"));
        }
    }

    private static void prefixes(Model m) {
        m.setNsPrefixes(Prefixes.MAP);
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("spdx", SPDX);
    }

    /**
     * @param sparqlEndpoint the public address of the SPARQL endpoint that serves the dataset
     * @param published the dumps this release has
     * @param sizes     their byte sizes, or an empty map for the copy inside the dumps themselves (a file cannot state
     *                  its own size)
     */
    public static Model build(Iris iris, String sparqlEndpoint, Release release, Instant modified, DatasetStatistics stats,
                              Set<Dump> published, Map<Dump, Long> sizes) {
        Model m = ModelFactory.createDefaultModel();
        prefixes(m);
        Resource ds = m.createResource(iris.dataset());
        ds.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset);
        ds.addProperty(DCTerms.title, m.createLiteral(TITLE, "en"));
        ds.addProperty(DCTerms.description, m.createLiteral(DESCRIPTION, "en"));
        ds.addProperty(DCTerms.license, m.createResource(LICENSE));
        ds.addProperty(DCTerms.modified, m.createTypedLiteral(modified.toString(), XSDDatatype.XSDdateTime));
        ds.addProperty(DCAT_VERSION, release.id());
        ds.addProperty(DCTerms.identifier, release.id());
        ds.addProperty(DCAT.landingPage, m.createResource(iris.base()));
        ds.addProperty(VOID.uriSpace, iris.base() + "id/");
        ds.addProperty(VOID.sparqlEndpoint, m.createResource(sparqlEndpoint));
        ds.addProperty(VOID.rootResource, m.createResource(MK.GCM_OBJECTIVES_SCHEME));
        for (String vocabulary : new String[] {MK.NS, SchemaOrg.NS, "http://www.w3.org/ns/org#",
                "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/prov#", DCTerms.NS}) {
            ds.addProperty(VOID.vocabulary, m.createResource(vocabulary));
        }
        statistics(m, ds, stats);
        for (Dump dump : published) {
            Resource dist = m.createResource(iris.dataset() + "/distribution/" + dump.name().toLowerCase(java.util.Locale.ROOT), DCAT.Distribution);
            Resource url = m.createResource(downloadUrl(iris, dump));
            ds.addProperty(VOID.dataDump, url);
            ds.addProperty(DCAT.distribution, dist);
            dist.addProperty(DCTerms.title, dump.title());
            dist.addProperty(DCAT.downloadURL, url);
            dist.addProperty(DCAT.accessURL, url);
            dist.addProperty(DCAT.mediaType, m.createResource(IANA + dump.rdfMediaType()));
            if (dump.compressed()) {
                dist.addProperty(DCAT.compressFormat, m.createResource(IANA + dump.contentType()));
            }
            dist.addProperty(DCTerms.license, m.createResource(LICENSE));
            dist.addProperty(DCAT_VERSION, release.id());
            Long size = sizes.get(dump);
            if (size != null) {
                dist.addProperty(DCAT.byteSize, m.createTypedLiteral(Long.toString(size), XSDDatatype.XSDnonNegativeInteger));
            }
        }
        return m;
    }

    private static void statistics(Model m, Resource ds, DatasetStatistics stats) {
        integer(ds, VOID.triples, stats.triples());
        integer(ds, VOID.entities, stats.entities());
        integer(ds, VOID.distinctSubjects, stats.distinctSubjects());
        integer(ds, VOID.distinctObjects, stats.distinctObjects());
        integer(ds, VOID.classes, stats.classEntities().size());
        integer(ds, VOID.properties, stats.propertyTriples().size());
        stats.classEntities().forEach((cls, n) -> {
            Resource part = m.createResource(ds.getURI() + "/class/" + shortName(cls));
            ds.addProperty(VOID.classPartition, part);
            part.addProperty(VOID._class, m.createResource(cls));
            integer(part, VOID.entities, n);
        });
        stats.propertyTriples().forEach((p, n) -> {
            Resource part = m.createResource(ds.getURI() + "/property/" + shortName(p));
            ds.addProperty(VOID.propertyPartition, part);
            part.addProperty(VOID.property, m.createResource(p));
            integer(part, VOID.triples, n);
        });
    }

    private static void integer(Resource r, Property p, long n) {
        r.addProperty(p, r.getModel().createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger));
    }

    /** A readable, stable path segment for a class or property: {@code schema-Event}, else a hash of the IRI. */
    static String shortName(String iri) {
        for (Map.Entry<String, String> e : new TreeMap<>(Prefixes.MAP).entrySet()) {
            String local = iri.startsWith(e.getValue()) ? iri.substring(e.getValue().length()) : null;
            if (local != null && local.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                return e.getKey() + "-" + local;
            }
        }
        return Release.sha256(iri.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
    }
}
