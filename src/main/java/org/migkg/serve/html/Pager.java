package org.migkg.serve.html;

/**
 * Where one page of a long list is, "Events 51–100 of 312", with the pages before and after it (null at either end).
 */
public record Pager(String what, long first, long last, long total, String previous, String next) {}
