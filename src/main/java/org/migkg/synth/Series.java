package org.migkg.synth;

import java.util.List;

/** A series or partnership generated events take part in. */
record Series(String id, String name, String kind, List<String> organizers) {}
