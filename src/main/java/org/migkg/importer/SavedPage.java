package org.migkg.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * A saved event page as text: the file it came from, the address its first line states ({@code source: <url>}, or
 * null), and its lines, each with the number of blank lines before it (a gap of two or more sets a block apart);
 * {@code item} numbers one event of a listing page (0 for a whole page), whose {@code wholePage} text settles years
 * and date orders the item itself does not state.
 */
public record SavedPage(Path file, String url, List<Line> lines, String lastLine, int item, List<String> wholePage,
                   StructuredEvent structured) {
    public SavedPage {
        lines = List.copyOf(lines);
        wholePage = wholePage == null ? lines.stream().map(Line::text).toList() : List.copyOf(wholePage);
    }

    public SavedPage(Path file, String url, List<Line> lines, String lastLine) {
        this(file, url, lines, lastLine, 0, null, null);
    }

    SavedPage withStructured(StructuredEvent event) {
        return new SavedPage(file, url, lines, lastLine, item, wholePage, event);
    }

    /** One event of a page that lists several: its lines, numbered from 1 in page order; the page's text stays known. */
    public SavedPage item(List<Line> itemLines, int number) {
        return new SavedPage(file, url, itemLines, itemLines.get(itemLines.size() - 1).text(), number, wholePage, null);
    }

    public boolean isListingItem() {
        return item > 0;
    }

    public record Line(String text, int blanksBefore) {}

    /** The document name a record cites: the page's folder and file name, e.g. {@code pages/001_x.txt}. */
    public String documentName() {
        Path parent = file.toAbsolutePath().getParent();
        String folder = parent == null || parent.getFileName() == null ? "" : parent.getFileName() + "/";
        return folder + file.getFileName();
    }
}
