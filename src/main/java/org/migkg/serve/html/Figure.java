package org.migkg.serve.html;

/** A picture's markup as {@link Pictures} writes it (escaped there), placed in a page as it is. */
public record Figure(String markup) {}
