package org.migkg.importer.scoring;

/** One of the importer's targets, whether the figures meet it, and the figure that says so. */
public record Target(String name, boolean met, String figure) {}
