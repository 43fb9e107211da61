package org.migkg.serve.html;

/** A {@code <time>} element: the lexical value for machines, the text for readers. */
public record Time(String datetime, String text) {
    static Time readable(String lexical) {
        return new Time(lexical, Dates.readable(lexical));
    }

    static Time day(String lexical) {
        return new Time(lexical, Dates.isoDay(lexical));
    }
}
