package org.migkg.serve.reconcile;

import org.migkg.serve.Templates;

/**
 * The preview service's page ({@code reconcile/preview.jte}): a small card for an iframe (kind, name linked to the
 * entity's page, id, facts). Every value from the data is escaped; the page has no script, and its styles are its own.
 */
final class PreviewCard {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private PreviewCard() {}

    /** @param page the absolute URL of the entity's page */
    static String of(Entry e, String page) {
        String also = e.names().size() > 1 ? String.join(", ", e.names().subList(1, Math.min(4, e.names().size()))) : null;
        return Templates.render("reconcile/preview.jte", new PreviewView(e.type().label, e.name(), page, e.id(), also,
                e.facts().stream().limit(5).toList()));
    }

    /** The card for an id the service does not know. */
    static String unknown(String id) {
        return Templates.render("reconcile/unknown.jte", id);
    }
}
