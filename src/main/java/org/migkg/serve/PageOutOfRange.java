package org.migkg.serve;

/** A request for a page of an entity's lists past the last one (or a page the entity's HTML view does not have). */
public final class PageOutOfRange extends RuntimeException {
    private final int pages;

    public PageOutOfRange(int page, long pages) {
        super("page " + page + " does not exist; the pages are 1.." + pages);
        this.pages = (int) Math.min(Integer.MAX_VALUE, pages);
    }

    public int pages() {
        return pages;
    }
}
