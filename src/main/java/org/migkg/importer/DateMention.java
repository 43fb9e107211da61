package org.migkg.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * A date the text states: its first day and its last (null for one day), the exact words and where they start in the
 * text, whether the words give the year, whether they date the page's publication rather than anything else
 * ("Posted on ..."), whether they are relative ("today", "5 days ago"), and what a reviewer should check.
 * Words that look like a date but are none ("31 February 2021") give a mention with no start and a doubt saying so.
 */
record DateMention(LocalDate start, LocalDate end, String stated, int offset, boolean yearStated, boolean published,
        boolean relative, List<String> doubts) {

    DateMention {
        doubts = List.copyOf(doubts);
    }

    static DateMention notADate(RawDate raw, String why) {
        return new DateMention(null, null, raw.words(), raw.from(), raw.statesYear(), false, false, List.of(why));
    }

    /** Whether the words are a date (and not, say, the 31st of February). */
    boolean isDate() {
        return start != null;
    }
}
