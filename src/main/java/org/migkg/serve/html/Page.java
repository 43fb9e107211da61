package org.migkg.serve.html;

import java.util.ArrayList;
import java.util.List;

/** What one page is made of; {@link Layout} turns it into a document. */
final class Page {
    record Alternate(String mediaType, String href, String label) {}

    final String title;
    String description = "";
    String canonical;
    String jsonLd;
    final List<Alternate> alternates = new ArrayList<>();
    final List<String> scripts = new ArrayList<>();
    final List<String> styles = new ArrayList<>();
    final StringBuilder body = new StringBuilder();

    Page(String title) {
        this.title = title;
    }

    Page add(String markup) {
        body.append(markup);
        return this;
    }

    Page script(String src) {
        if (!scripts.contains(src)) {
            scripts.add(src);
        }
        return this;
    }
}
