package org.migkg.rdf;

import static org.migkg.rdf.StatedText.add;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.migkg.link.Linked;

/**
 * The people graph: one person per real person, with the evidence for each merge of mentions, the ids the person
 * replaces, and the pairs linking left for review.
 */
final class PeopleGraph {
    private final Iris iris;
    private final ReviewMarks review;

    PeopleGraph(Iris iris) {
        this.iris = iris;
        this.review = new ReviewMarks(iris);
    }

    Model of(Linked linked) {
        Model m = Prefixes.newModel();
        for (Linked.Person p : linked.people().values()) {
            Resource person = m.createResource(iris.person(p.id()), SchemaOrg.Person);
            person.addProperty(SchemaOrg.name, p.name());
            p.alternateNames().forEach(n -> person.addProperty(SchemaOrg.alternateName, n));
            for (int i = 0; i < p.evidence().size(); i++) {
                Linked.Evidence ev = p.evidence().get(i);
                Resource node = m.createResource(iris.person(p.id()) + "/evidence/" + (i + 1), MK.IdentityEvidence);
                person.addProperty(MK.identityEvidence, node);
                node.addProperty(MK.rule, ev.rule());
                node.addLiteral(MK.score, TypedLiterals.decimal(m, ev.score()));
                ev.mentions().forEach(mn -> node.addProperty(MK.mention,
                        m.createResource(ParticipationStatements.iri(iris, linked, mn))));
                add(node, RDFS.comment, ev.detail());
            }
            p.replaces().forEach(old -> m.createResource(iris.person(old)).addProperty(OWL.sameAs, person));
        }
        linked.uncertain().forEach(u -> review.people(m, linked, u));
        return m;
    }
}
