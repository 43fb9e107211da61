package org.migkg.importer.scoring;

/** A person the reading names and no draft has; flagged when a review item names the surname or the page was refused. */
public record MissedPerson(String event, String name, boolean flagged) {}
