package org.migkg.serve.html;

import org.migkg.serve.PageOutOfRange;

/**
 * Which page of an entity's long lists a request asks for ({@code ?page=N}, from 1). Each list's query fetches only
 * its slice ({@link #slice}) and counts the whole list apart, so a page costs the same however long the list grows.
 */
record Paging(String path, int page) {
    /** Rows a page of a list shows. */
    static final int SIZE = 50;

    /** The LIMIT and OFFSET of this page's slice, for the end of a list's ordered subquery. */
    String slice() {
        return "LIMIT " + SIZE + " OFFSET " + (long) (page - 1) * SIZE;
    }

    /** Refuses a page past the last one of every list, whose totals are given. */
    void check(long... totals) {
        long longest = 0;
        for (long t : totals) {
            longest = Math.max(longest, t);
        }
        if (page > 1 && (long) (page - 1) * SIZE >= longest) {
            throw new PageOutOfRange(page, Math.max(1, (longest + SIZE - 1) / SIZE));
        }
    }

    /** Where this page of a list of {@code total} is, or null when the whole list fits on one page. */
    Pager pager(String what, long total) {
        if (total <= SIZE) {
            return null;
        }
        long first = (long) (page - 1) * SIZE + 1;
        long last = Math.min(total, (long) page * SIZE);
        return new Pager(what, Math.min(first, total), last, total, page > 1 ? href(page - 1) : null, last < total ? href(page + 1) : null);
    }

    /** The head's links to the pages before and after, for the longest of the lists. */
    Head paged(Head head, long... totals) {
        long longest = 0;
        for (long t : totals) {
            longest = Math.max(longest, t);
        }
        return head.paged(page > 1 ? href(page - 1) : null, (long) page * SIZE < longest ? href(page + 1) : null);
    }

    String href(int n) {
        return n == 1 ? path : path + "?page=" + n;
    }
}
