package org.migkg.serve.html;

/** A link with how many of something it stands for: "GIZ 2 events". */
public record Counted(Link link, String count) {}
