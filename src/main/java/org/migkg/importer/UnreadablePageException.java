package org.migkg.importer;

import java.nio.file.Path;

/** A page the importer cannot turn into a draft: empty, binary, or without a title or a date. Names the page. */
public class UnreadablePageException extends RuntimeException {
    private final Path page;
    private final String why;

    public UnreadablePageException(Path page, String why) {
        super(page + ": " + why);
        this.page = page;
        this.why = why;
    }

    /** The reason alone, without the page's path. */
    public String why() {
        return why;
    }

    public Path page() {
        return page;
    }
}
