package org.migkg.rdf;

import static org.migkg.rdf.StatedText.add;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.migkg.link.Linked;
import org.migkg.records.Organization;

/** The organizations graph: every organization linking kept, the ids it replaces, and which are not yet reviewed. */
final class OrganizationsGraph {
    private final Iris iris;

    OrganizationsGraph(Iris iris) {
        this.iris = iris;
    }

    Model of(Linked linked) {
        Model m = Prefixes.newModel();
        for (Organization o : linked.organizations()) {
            Resource org = m.createResource(iris.organization(o.id()), SchemaOrg.Organization);
            org.addProperty(RDF.type, ORG.Organization);
            org.addProperty(SchemaOrg.name, o.name());
            org.addProperty(SKOS.prefLabel, o.name());
            o.acronyms().forEach(a -> org.addProperty(SchemaOrg.alternateName, a));
            o.otherNames().forEach(n -> org.addProperty(SchemaOrg.alternateName, n));
            add(org, MK.country, o.country());
            if (o.homepage() != null) {
                org.addProperty(SchemaOrg.url, m.createResource(o.homepage()));
            }
            if (o.parent() != null) {
                Resource parent = m.createResource(iris.organization(o.parent()));
                org.addProperty(ORG.subOrganizationOf, parent);
                org.addProperty(SchemaOrg.parentOrganization, parent);
            }
            o.replaces().forEach(old -> m.createResource(iris.organization(old)).addProperty(OWL.sameAs, org));
        }
        linked.unreviewedOrganizations().forEach(id -> m.createResource(iris.organization(id)).addLiteral(MK.unreviewed, true));
        return m;
    }
}
