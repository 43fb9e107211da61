package org.migkg.importer;

import java.util.List;
import org.migkg.text.Folding;

/**
 * The event's name and the line it stands on (-1 for none), with the lines above it when the heading lines gave it.
 * A curator's --title wins, then the page's schema.org name, then {@link TitleFinder}, then the file name (flagged).
 */
record TitleChoice(String title, int index, List<String> preTitle) {

    static TitleChoice of(SavedPage page, List<String> texts, ImportOptions options, ReviewList review) {
        TitleFinder.Found found = TitleFinder.in(texts, page.isListingItem() ? null : page.url());
        if (options.title() != null) {
            return new TitleChoice(options.title().strip(), found == null ? -1 : found.index(), List.of());
        }
        StructuredEvent data = page.structured();
        if (data != null && data.name() != null) {
            String key = Folding.key(data.name());
            for (int i = 0; i < texts.size(); i++) {
                if (Folding.key(texts.get(i)).equals(key)) {
                    return new TitleChoice(data.name(), i, List.of());
                }
            }
            return new TitleChoice(data.name(), -1, List.of());
        }
        if (found == null) {
            String fromFile = page.file().getFileName().toString().replaceAll("\\.[a-z]+$", "").replaceAll("[-_]+", " ");
            review.flag("/title", "no line of the page reads as the event's name and the page has no address; give the title (import --title)");
            return new TitleChoice(fromFile, -1, List.of());
        }
        if (found.doubt() != null) {
            review.flag("/title", found.doubt());
        }
        return new TitleChoice(found.title(), found.index(), List.copyOf(texts.subList(0, Math.max(0, found.index()))));
    }
}
