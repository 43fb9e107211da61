package org.migkg.serve.html;

/** A page whose body its servlet wrote as markup, escaping every value itself. */
public record MarkupView(Head head, String body) {}
