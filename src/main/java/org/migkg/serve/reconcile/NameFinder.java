package org.migkg.serve.reconcile;

import java.util.Map;

/** Finds the entities of one type whose names agree with a query's text, and says how well each agrees. */
interface NameFinder {
    Map<Entry, NameScore> find(String text);
}
