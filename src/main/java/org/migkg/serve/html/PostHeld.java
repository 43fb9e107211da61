package org.migkg.serve.html;

/** A post held at an event, and the organization it is in (null when unknown). */
public record PostHeld(Link post, Link organization) {}
