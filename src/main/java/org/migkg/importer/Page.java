package org.migkg.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * A saved event page as text: the file it came from, the address its first line states ({@code source: <url>}, or
 * null), and its lines, each with the number of blank lines before it (a gap of two or more sets a block apart).
 */
public record Page(Path file, String url, List<Line> lines, String lastLine) {
    public Page {
        lines = List.copyOf(lines);
    }

    public record Line(String text, int blanksBefore) {}

    /** The document name a record cites: the page's folder and file name, e.g. {@code pages/001_x.txt}. */
    public String documentName() {
        Path parent = file.toAbsolutePath().getParent();
        String folder = parent == null || parent.getFileName() == null ? "" : parent.getFileName() + "/";
        return folder + file.getFileName();
    }
}
