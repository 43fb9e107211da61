package org.migkg.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Names exactly the data a result came from: the first 12 hex digits of the SHA-256 of the sorted content N-Quads
 * (the uncompressed N-Quads dump), with the whole SHA-256 kept as its checksum. The id is a function of the content
 * only, so the same records give the same id on any day and machine; when a release was issued is metadata
 * ({@code dcterms:issued}), not part of its name.
 */
public record Release(String id, String sha256) {
    public static final int HASH_DIGITS = 12;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{" + HASH_DIGITS + "}");

    public static Release ofContent(byte[] sortedContentNQuads) {
        return of(sha256(sortedContentNQuads));
    }

    public static Release of(String sha) {
        if (!Pattern.matches("[0-9a-f]{64}", sha)) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha);
        }
        return new Release(sha.substring(0, HASH_DIGITS), sha);
    }

    /** Whether {@code s} has the form of a release id (and so may name a release directory). */
    public static boolean isId(String s) {
        return s != null && ID.matcher(s).matches();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
