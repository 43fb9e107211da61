package org.migkg.link;

import java.util.List;

/**
 * The first and last day (ISO dates) a group of mentions is seen at its organizations; mentions that state none
 * (or whose event is undated) do not count, so a mention without affiliation never makes two posts overlap.
 */
record PostPeriod(String first, String last) {
    static final PostPeriod UNKNOWN = new PostPeriod(null, null);

    static PostPeriod of(List<PersonMention> mentions) {
        String first = null;
        String last = null;
        for (PersonMention m : mentions) {
            if (m.organizations().isEmpty() || m.eventStart() == null || m.eventStart().length() < 4) {
                continue;
            }
            String day = m.eventStart().substring(0, Math.min(10, m.eventStart().length()));
            first = first == null || day.compareTo(first) < 0 ? day : first;
            last = last == null || day.compareTo(last) > 0 ? day : last;
        }
        return first == null ? UNKNOWN : new PostPeriod(first, last);
    }

    boolean known() {
        return first != null;
    }

    /** Whether one period ends before the other begins, as a move from one post to the next would. */
    boolean apartFrom(PostPeriod other) {
        return known() && other.known() && (last.compareTo(other.first) < 0 || other.last.compareTo(first) < 0);
    }

    PostPeriod span(PostPeriod other) {
        if (!known()) {
            return other;
        }
        if (!other.known()) {
            return this;
        }
        return new PostPeriod(first.compareTo(other.first) <= 0 ? first : other.first, last.compareTo(other.last) >= 0 ? last : other.last);
    }

    @Override
    public String toString() {
        return !known() ? "undated" : first.equals(last) ? first : first + " to " + last;
    }
}
