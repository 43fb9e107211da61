package org.migkg.serve.reconcile;

/** One piece of evidence weighed for a candidate: a matching feature of the result, and points on its score. */
record Check(ReconProperty property, Support support, double points) {}
