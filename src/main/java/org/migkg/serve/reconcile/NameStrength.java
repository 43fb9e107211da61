package org.migkg.serve.reconcile;

/** How far a name agreement goes on its own, strongest first. */
enum NameStrength {
    /** The same name (case, accents, spacing, honorifics and order aside), or a full given name with a middle name dropped. */
    FULL,
    /** Agrees only in part: an initial for a given name, one typing slip, most words of a title. */
    PARTIAL,
    /** Shares some words. */
    WEAK
}
