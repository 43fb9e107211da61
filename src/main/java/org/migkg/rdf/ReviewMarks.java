package org.migkg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.migkg.link.EventIdentity;
import org.migkg.link.Linked;

/**
 * The identities linking could not decide on, each side marked with the question only: not the linker's reason or
 * score, which depend on what earlier loads published and move as records are added; the graph must not.
 */
final class ReviewMarks {
    private final Iris iris;

    ReviewMarks(Iris iris) {
        this.iris = iris;
    }

    /** Two people who might be one, into the people graph. */
    void people(Model m, Linked linked, Linked.UncertainPair u) {
        String a = linked.personOf().get(u.a());
        String b = linked.personOf().get(u.b());
        if (a != null && b != null && !a.equals(b)) {
            person(m, a, u.nameB(), b);
            person(m, b, u.nameA(), a);
        }
    }

    private void person(Model m, String person, String otherName, String other) {
        m.createResource(iris.person(person)).addProperty(MK.identityUnderReview,
                "might be the same person as " + otherName + " <" + iris.person(other) + ">");
    }

    /** Two events that might be one, as a part of the links graph; null when linking made them one after all. */
    Model events(Linked linked, EventIdentity.UncertainEvents u) {
        String a = linked.events().eventOfRecord().get(u.recordA());
        String b = linked.events().eventOfRecord().get(u.recordB());
        if (a == null || b == null || a.equals(b)) {
            return null;
        }
        Model m = ModelFactory.createDefaultModel();
        m.createResource(iris.event(a)).addProperty(MK.identityUnderReview, "might be the same event as <" + iris.event(b) + ">");
        m.createResource(iris.event(b)).addProperty(MK.identityUnderReview, "might be the same event as <" + iris.event(a) + ">");
        return m;
    }
}
