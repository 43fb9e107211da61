package org.migkg.serve.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A page whose body is markup its servlet wrote itself (the query editor), shown in the shared layout; also where
 * {@link Pictures} lists the scripts a picture needs.
 */
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

    MarkupView view() {
        Head head = new Head(title, description, canonical,
                alternates.stream().map(a -> new Head.Alternate(a.mediaType(), a.href(), a.label())).toList(), styles, scripts,
                jsonLd == null ? null : Html.scriptJson(jsonLd));
        return new MarkupView(head, body.toString());
    }
}
