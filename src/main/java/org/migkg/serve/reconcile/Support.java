package org.migkg.serve.reconcile;

/** What one property of a query says of a candidate. */
enum Support {
    /** The candidate has the value (or one of them). */
    AGREES,
    /** The candidate has values for the property, and none is the query's. */
    CONFLICTS,
    /** The query gives no value, or the candidate has none to compare. */
    UNKNOWN
}
