package org.migkg.serve.html;

/**
 * What every page's shell ({@code layout.jte}) loads. No inline script: pictures read their data from JSON elements,
 * so the pages can be served with a strict Content-Security-Policy.
 */
final class Layout {
    static final String STYLESHEET = "/static/migkg.css";
    static final String PICTURES_SCRIPT = "/static/pictures.js";

    private Layout() {}
}
