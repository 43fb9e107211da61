package org.migkg.rdf;

import static org.migkg.rdf.StatedText.add;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.migkg.link.EventIdentity;
import org.migkg.link.Linked;
import org.migkg.link.Mention;
import org.migkg.link.PostRef;
import org.migkg.records.EventRecord;
import org.migkg.text.Slugs;

/**
 * What a record states about one of its participants: the person, their participation in the event (the role, name
 * and position only from the record that names them first) and the posts they held, each in its organization.
 */
final class ParticipationStatements {
    private final Iris iris;
    private final Linked linked;

    ParticipationStatements(Iris iris, Linked linked) {
        this.iris = iris;
        this.linked = linked;
    }

    /** The participation a mention is part of: that of the event's first mention of the person. */
    static String iri(Iris iris, Linked linked, Mention mention) {
        Mention first = linked.events().participationOf().get(mention).first();
        return iris.participation(first.eventId(), first.order());
    }

    void write(Model m, Resource event, EventRecord e, int index) {
        EventRecord.Participant p = e.participants().get(index);
        Mention mention = new Mention(e.id(), index + 1);
        Resource person = m.createResource(iris.person(linked.personOf().get(mention)));
        event.addProperty(SchemaOrg.performer, person);
        EventIdentity.Participation joined = linked.events().participationOf().get(mention);
        Resource participation = m.createResource(iri(iris, linked, mention), MK.Participation);
        event.addProperty(MK.participation, participation);
        participation.addProperty(MK.event, event);
        participation.addProperty(MK.participant, person);
        participation.addProperty(MK.statedIn, m.createResource(iris.eventGraph(e.id())));
        if (joined.first().equals(mention)) {
            participation.addProperty(MK.role, m.createResource(Iris.role(p.role())));
            participation.addLiteral(MK.order, TypedLiterals.integer(m, joined.order()));
            participation.addProperty(MK.statedName, p.name());
            add(participation, MK.roleBasis, p.roleBasis());
            add(participation, MK.statedHonorific, p.honorific());
            add(participation, MK.session, p.session());
            add(participation, MK.statedPosition, p.statedPosition());
            add(participation, RDFS.comment, p.note());
        }
        for (int j = 0; j < p.posts().size(); j++) {
            post(m, person, participation, p.posts().get(j), new PostRef(mention, j));
        }
    }

    /** A post without a title states only the organization the person was with. */
    private void post(Model m, Resource person, Resource participation, EventRecord.Post post, PostRef ref) {
        String orgId = linked.organizationOfPost().get(ref);
        if (post.title() == null) {
            if (orgId != null) {
                Resource organization = m.createResource(iris.organization(orgId));
                participation.addProperty(MK.statedAffiliation, organization);
                person.addProperty(ORG.memberOf, organization);
            }
            return;
        }
        Resource postNode = m.createResource(iris.post(orgId, Slugs.of(post.title())), ORG.Post);
        String former = linked.retiredOrganizationOfPost().get(ref);
        if (former != null) {
            m.createResource(iris.post(former, Slugs.of(post.title()))).addProperty(OWL.sameAs, postNode);
        }
        postNode.addProperty(RDFS.label, post.title());
        if (orgId != null) {
            postNode.addProperty(ORG.postIn, m.createResource(iris.organization(orgId)));
        }
        add(postNode, MK.country, post.country());
        participation.addProperty(MK.heldPost, postNode);
        person.addProperty(ORG.holds, postNode);
    }
}
