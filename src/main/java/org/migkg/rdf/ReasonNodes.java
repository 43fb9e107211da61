package org.migkg.rdf;

import static org.migkg.rdf.StatedText.add;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.migkg.link.Linked;
import org.migkg.link.Linked.EntityRef;

/** The reasons a relation or a merge of records stands on, one node each under its owner's IRI, by reason type. */
final class ReasonNodes {
    private final Iris iris;

    ReasonNodes(Iris iris) {
        this.iris = iris;
    }

    void write(Model m, Resource owner, Property reasonProperty, List<Linked.Reason> reasons) {
        for (Linked.Reason reason : reasons) {
            Resource node = m.createResource(owner.getURI() + "/reason/" + reason.type(), MK.RelationReason);
            owner.addProperty(reasonProperty, node);
            node.addProperty(MK.reasonType, reason.type());
            node.addLiteral(MK.weight, TypedLiterals.decimal(m, reason.weight()));
            reason.shared().forEach(s -> node.addProperty(MK.sharedEntity, m.createResource(entity(s))));
            add(node, RDFS.comment, reason.explanation());
        }
    }

    private String entity(EntityRef ref) {
        return switch (ref.kind()) {
            case PERSON -> iris.person(ref.key());
            case ORGANIZATION -> iris.organization(ref.key());
            case SERIES -> iris.series(ref.key());
            case OBJECTIVE -> Iris.objective(Integer.parseInt(ref.key()));
            case THEME -> Iris.principle(ref.key());
        };
    }
}
