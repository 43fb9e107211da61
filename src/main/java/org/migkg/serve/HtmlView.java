package org.migkg.serve;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.migkg.store.StoreReader;

/**
 * Renders the HTML page of one entity for {@link EntityServlet}. The servlet has already decided that the client wants
 * HTML and that the IRI is known; {@code description} is the same bounded description the RDF forms carry, or empty
 * for a view that does not read it ({@link #readsDescription()}). An empty answer means this view has no page for the
 * IRI, and the plain fallback view is used instead.
 */
@FunctionalInterface
public interface HtmlView {
    Optional<String> render(String iri, Model description, StoreReader store);

    /**
     * Page {@code page} (from 1) of the entity's long lists; a view without pages has only the first, and refuses the
     * rest with {@link PageOutOfRange}.
     */
    default Optional<String> render(String iri, Model description, StoreReader store, int page) {
        if (page != 1) {
            throw new PageOutOfRange(page, 1);
        }
        return render(iri, description, store);
    }

    /**
     * Whether the view reads the description it is given. A view that reads what it shows from the store itself is
     * given an empty one, so a page does not gather the whole description (hundreds of participations for a busy
     * speaker) only to leave most of it out; the plain fallback page still gets the whole description.
     */
    default boolean readsDescription() {
        return true;
    }
}
