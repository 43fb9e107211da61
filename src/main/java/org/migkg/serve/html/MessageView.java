package org.migkg.serve.html;

/** A page that says one thing, such as what was not found. */
public record MessageView(Head head, String heading, String message) {}
