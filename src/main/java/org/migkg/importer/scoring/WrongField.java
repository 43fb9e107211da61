package org.migkg.importer.scoring;

/**
 * A judged field the draft got wrong, as a JSON Pointer into the draft ({@code /participants/3/role}); flagged when
 * the draft's review list points at it.
 */
public record WrongField(String event, String field, String draft, String reading, boolean flagged) {}
