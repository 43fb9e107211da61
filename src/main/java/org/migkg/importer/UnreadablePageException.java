package org.migkg.importer;

import java.nio.file.Path;

/** A page the importer cannot turn into a draft: empty, binary, or without a title or a date. Names the page. */
public class UnreadablePageException extends RuntimeException {
    private final Path page;

    public UnreadablePageException(Path page, String why) {
        super(page + ": " + why);
        this.page = page;
    }

    public Path page() {
        return page;
    }
}
