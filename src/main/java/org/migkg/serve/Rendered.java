package org.migkg.serve;

import org.migkg.store.Release;

/** One representation's bytes and its entity tag, a digest of the bytes: equal tags, equal bodies. */
record Rendered(byte[] body, String etag) {
    static Rendered of(byte[] body) {
        return new Rendered(body, "\"" + Release.sha256(body).substring(0, 24) + "\"");
    }

    /** Whether an If-None-Match header names this representation (weak comparison, as RFC 9110 asks for it). */
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
