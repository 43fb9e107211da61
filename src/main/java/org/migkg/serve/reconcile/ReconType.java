package org.migkg.serve.reconcile;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.migkg.rdf.SchemaOrg;

/**
 * The kinds of entity the service reconciles. A type's id is its class IRI; an entity's id is its IRI after
 * {@code <base>id/}, which begins with the type's path ("person/", "org/", "event/").
 */
enum ReconType {
    PERSON(SchemaOrg.Person.getURI(), "Person", "person/"),
    ORGANIZATION(SchemaOrg.Organization.getURI(), "Organization", "org/"),
    EVENT(SchemaOrg.Event.getURI(), "Event", "event/");

    final String id;
    final String label;
    final String idPrefix;

    ReconType(String id, String label, String idPrefix) {
        this.id = id;
        this.label = label;
        this.idPrefix = idPrefix;
    }

    /** The type a client names: by class IRI, as {@code schema:Person}, or by its name, case aside. */
    static Optional<ReconType> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        String local = n.startsWith("schema:") ? n.substring("schema:".length()) : n;
        for (ReconType t : values()) {
            if (t.id.equals(n) || t.id.equals(SchemaOrg.NS + local) || t.label.equalsIgnoreCase(local)
                    || t.name().equals(local.toUpperCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    static Optional<ReconType> ofEntityId(String entityId) {
        for (ReconType t : values()) {
            if (entityId.startsWith(t.idPrefix)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    ObjectNode json() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", id);
        n.put("name", label);
        return n;
    }
}
