package org.migkg.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Joins two stated dates into one span: on one line when only a span word stands between them
 * ("19/05/2021 – 21/05/2021", "30 June 2021 to 2 July 2021"), or on two lines labelled as the first and the last day
 * ("Start date : 19/05/2021", "End date : 21/05/2021").
 */
final class DateSpans {
    private DateSpans() {}

    private static final Pattern START_LABEL = label(DateLanguage::startLabels);
    private static final Pattern END_LABEL = label(DateLanguage::endLabels);

    private static Pattern label(java.util.function.Function<DateLanguage, List<String>> of) {
        String words = DateLanguage.ALL.stream().flatMap(l -> of.apply(l).stream()).map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("^\\W*(?:" + words + ")\\s*:?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static List<RawDate> join(String text, List<RawDate> dates) {
        List<RawDate> out = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            RawDate first = dates.get(i);
            if (i + 1 < dates.size() && joinable(text, first, dates.get(i + 1))) {
                out.add(first.joinedTo(dates.get(i + 1), text));
                i++;
            } else {
                out.add(first);
            }
        }
        return out;
    }

    private static boolean joinable(String text, RawDate first, RawDate last) {
        if (first.isRelative() || last.isRelative() || first.end() != null || first.until() != null) {
            return false;
        }
        if (DateScanner.SPAN_BETWEEN.matcher(text.substring(first.to(), last.from())).matches()) {
            return true;
        }
        return START_LABEL.matcher(linePrefix(text, first.from())).matches() && END_LABEL.matcher(linePrefix(text, last.from())).matches()
                && text.substring(first.to(), last.from()).chars().filter(c -> c == '\n').count() <= 2;
    }

    /** The words on the date's line before it. */
    static String linePrefix(String text, int at) {
        return text.substring(text.lastIndexOf('\n', at - 1) + 1, at);
    }
}
