package org.migkg.link;

/** Two profiles' groups joined by a rule, with the detail the evidence gives. */
record PersonMerge(PersonRule rule, PersonProfile a, PersonProfile b, String detail) {}
