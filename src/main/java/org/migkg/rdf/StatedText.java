package org.migkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** A text a record may leave out: stated only when it is there and not blank. */
final class StatedText {
    private StatedText() {}

    static void add(Resource subject, Property p, String value) {
        if (value != null && !value.isBlank()) {
            subject.addProperty(p, value);
        }
    }
}
