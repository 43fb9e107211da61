package org.migkg.serve.html;

/** One event in a list by date, with an optional note (such as "organizer, funder") after the title. */
public record EventItem(Time date, Link event, String note) {}
