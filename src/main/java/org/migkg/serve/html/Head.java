package org.migkg.serve.html;

import java.util.List;

/**
 * What a page's head carries and its shell needs: title, description, canonical address, the RDF forms it links to,
 * extra styles and scripts, and the JSON-LD (already safe inside a script element; null for none).
 */
public record Head(String title, String description, String canonical, List<Alternate> alternates, List<String> styles,
                   List<String> scripts, String jsonLd, String previous, String next) {
    public record Alternate(String mediaType, String href, String label) {}

    /** A head with no pages before or after it. */
    public Head(String title, String description, String canonical, List<Alternate> alternates, List<String> styles,
                List<String> scripts, String jsonLd) {
        this(title, description, canonical, alternates, styles, scripts, jsonLd, null, null);
    }

    public Head {
        description = description == null ? "" : description;
        alternates = List.copyOf(alternates);
        styles = List.copyOf(styles);
        scripts = List.copyOf(scripts);
    }

    static Head of(String title) {
        return new Head(title, "", null, List.of(), List.of(), List.of(), null);
    }

    Head described(String text) {
        return new Head(title, text, canonical, alternates, styles, scripts, jsonLd, previous, next);
    }

    Head canonical(String url) {
        return new Head(title, description, url, alternates, styles, scripts, jsonLd, previous, next);
    }

    Head alternates(List<Alternate> forms) {
        return new Head(title, description, canonical, forms, styles, scripts, jsonLd, previous, next);
    }

    Head scripts(List<String> srcs) {
        return new Head(title, description, canonical, alternates, styles, srcs.stream().distinct().toList(), jsonLd, previous, next);
    }

    Head jsonLd(String json) {
        return new Head(title, description, canonical, alternates, styles, scripts, json, previous, next);
    }

    /** The pages before and after this one of a paged list (null for none). */
    Head paged(String before, String after) {
        return new Head(title, description, canonical, alternates, styles, scripts, jsonLd, before, after);
    }
}
