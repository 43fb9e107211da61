package org.migkg.serve.reconcile;

import java.util.regex.Pattern;

/**
 * JSONP, as older OpenRefine versions and browser clients ask for it ({@code callback=name}): the JSON as the
 * argument of a call. Only dotted JavaScript identifiers are accepted as names, so the response cannot carry script
 * of the caller's choosing; the line separators older engines read as line ends are escaped.
 */
final class Jsonp {
    static final String MEDIA_TYPE = "text/javascript;charset=utf-8";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    private Jsonp() {}

    static boolean acceptable(String callback) {
        return callback.length() <= 128 && NAME.matcher(callback).matches();
    }

    static String wrap(String callback, String json) {
        return "/**/" + callback + "(" + json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + ");";
    }
}
