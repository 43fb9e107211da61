package org.migkg.serve.reconcile;

import java.util.List;

/**
 * What a preview card shows: the entity's kind, its name linked to its page (an absolute URL on this server), its id,
 * a few other names (null for none) and facts.
 */
public record PreviewView(String kind, String name, String page, String id, String alsoKnownAs, List<String> facts) {}
