package org.migkg.importer;

/**
 * A participant as the page names them: name, stated position, the role a heading gives (null when no heading says),
 * the session, and the block of the page they stand in (blocks are set apart by a blank gap).
 */
record Mention(String name, String statedPosition, String role, String session, int block) {}
