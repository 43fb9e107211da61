package org.migkg.synth;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One organization of the population; {@code declared} ones are written to organizations.json. */
record GeneratedOrganization(String id, String name, String acronym, String formerName, String country, GeneratedOrganization parent, boolean declared) {
    ObjectNode toJson() {
        ObjectNode o = SyntheticCorpus.JSON.objectNode().put("id", id).put("name", name);
        if (acronym != null) {
            o.putArray("acronyms").add(acronym);
        }
        if (formerName != null) {
            o.putArray("otherNames").add(formerName);
        }
        o.put("country", country);
        if (parent != null) {
            o.put("parent", parent.id());
        }
        return o;
    }

    boolean relatedTo(GeneratedOrganization other) {
        return root() == other.root();
    }

    GeneratedOrganization root() {
        return parent == null ? this : parent.root();
    }
}
