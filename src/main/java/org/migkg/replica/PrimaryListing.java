package org.migkg.replica;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.migkg.rdf.Iris;
import org.migkg.store.DatasetDescription;
import org.migkg.store.Dump;
import org.migkg.store.Release;
import org.migkg.store.ReleasePatch;

/** The releases a primary lists in its dataset description (DCAT 3 versions), read by a replica. */
record PrimaryListing(String current, Instant modified, Map<String, Entry> releases) {

    /** One listed release: its id and content checksum, when it was issued, what it follows, its files' checksums. */
    record Entry(Release release, Instant issued, Optional<String> previous, Optional<String> nquadsSha256,
                 Optional<String> patchSha256) {}

    /** Thrown when the description is not one this replica can follow; the message says why. */
    static final class Unfollowable extends Exception {
        Unfollowable(String message) {
            super(message);
        }
    }

    static PrimaryListing read(Model m, Iris iris) throws Unfollowable {
        Resource dataset = m.createResource(iris.dataset());
        Resource current = dataset.getPropertyResourceValue(DatasetDescription.HAS_CURRENT_VERSION);
        if (current == null) {
            var other = m.listSubjectsWithProperty(DatasetDescription.HAS_CURRENT_VERSION).toList();
            throw new Unfollowable(other.isEmpty() ? "it lists no releases"
                    : "it publishes the dataset " + other.get(0).getURI() + ", but this replica's is " + iris.dataset()
                    + ": start the replica with the primary's --base");
        }
        Statement modified = dataset.getProperty(DCTerms.modified);
        if (modified == null) {
            throw new Unfollowable("its description states no dcterms:modified");
        }
        String prefix = DatasetDescription.releaseIri(iris, "");
        Map<String, Entry> releases = new HashMap<>();
        for (RDFNode n : m.listObjectsOfProperty(dataset, DatasetDescription.HAS_VERSION).toList()) {
            Resource r = n.asResource();
            String id = r.getURI().substring(Math.min(prefix.length(), r.getURI().length()));
            Optional<String> sha = DatasetDescription.checksum(r);
            Statement issued = r.getProperty(DCTerms.issued);
            if (!r.getURI().startsWith(prefix) || !Release.isId(id) || sha.isEmpty() || issued == null) {
                throw new Unfollowable("its release " + r.getURI() + " lacks an id, a checksum or an issue date");
            }
            Optional<String> previous = Optional.ofNullable(r.getPropertyResourceValue(DatasetDescription.PREVIOUS_VERSION))
                    .map(p -> p.getURI().substring(prefix.length()));
            releases.put(id, new Entry(new Release(id, sha.get()), Instant.parse(issued.getString()), previous,
                    fileChecksum(r, Dump.NQUADS.file()), fileChecksum(r, ReleasePatch.FILE)));
        }
        String id = current.getURI().substring(prefix.length());
        if (!releases.containsKey(id)) {
            throw new Unfollowable("its current release " + current.getURI() + " is not among its listed releases");
        }
        return new PrimaryListing(id, Instant.parse(modified.getString()), releases);
    }

    /** The SHA-256 the release states for one of its files, found by the file's download URL. */
    private static Optional<String> fileChecksum(Resource release, String file) {
        for (RDFNode d : release.getModel().listObjectsOfProperty(release, DCAT.distribution).toList()) {
            Resource url = d.asResource().getPropertyResourceValue(DCAT.downloadURL);
            if (url != null && url.getURI().endsWith("/" + file)) {
                return DatasetDescription.checksum(d.asResource());
            }
        }
        return Optional.empty();
    }

    /**
     * The releases to apply, oldest first, to go from {@code from} to the current release along the previous-version
     * links; empty if the chain does not reach {@code from} (then the replica takes the whole current release).
     */
    Optional<java.util.List<Entry>> chainFrom(String from) {
        java.util.LinkedList<Entry> chain = new java.util.LinkedList<>();
        String at = current;
        while (!at.equals(from)) {
            Entry e = releases.get(at);
            if (e == null || e.previous().isEmpty() || e.patchSha256().isEmpty() || chain.size() > releases.size()) {
                return Optional.empty();
            }
            chain.addFirst(e);
            at = e.previous().get();
        }
        return Optional.of(chain);
    }
}
