package org.migkg.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What the reader of dates may know about the page beyond the words it reads: the day it reads on (a missing year is
 * the latest one up to this day's year that fits; default today), the page's host (its publisher's convention for
 * numeric dates), its language, all of its text (other dates on it tell the numeric convention and the year), and the
 * day it was posted, when known (relative words like "today" count from it). Any of them may be null.
 */
record DateHints(LocalDate reference, String host, Locale language, String pageText, LocalDate posted) {

    DateHints {
        reference = reference == null ? LocalDate.now() : reference;
    }

    static DateHints none() {
        return new DateHints(null, null, null, null, null);
    }

    static DateHints on(LocalDate reference) {
        return new DateHints(reference, null, null, null, null);
    }

    /** Hints for a saved page: the host of its address and all its lines. */
    static DateHints forPage(String url, List<String> lines, LocalDate reference) {
        return new DateHints(reference, hostOf(url), null, String.join("\n", lines), null);
    }

    DateHints withHost(String h) {
        return new DateHints(reference, h, language, pageText, posted);
    }

    DateHints withLanguage(Locale l) {
        return new DateHints(reference, host, l, pageText, posted);
    }

    DateHints withPageText(String text) {
        return new DateHints(reference, host, language, text, posted);
    }

    DateHints withPosted(LocalDate p) {
        return new DateHints(reference, host, language, pageText, p);
    }

    static String hostOf(String url) {
        return WebAddress.host(url).orElse(null);
    }
}
