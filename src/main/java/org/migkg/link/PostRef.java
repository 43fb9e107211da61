package org.migkg.link;

/** The {@code post}-th post (from 0) of a mention's stated position. */
public record PostRef(Mention mention, int post) {}
