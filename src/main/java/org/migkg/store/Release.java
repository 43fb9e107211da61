package org.migkg.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * Names exactly the data a result came from: {@code <yyyy-mm-dd>-<hash>}, the load's date (UTC) and the first 12 hex
 * digits of the SHA-256 of the sorted content N-Quads (the uncompressed N-Quads dump).
 */
public record Release(String id, String sha256) {
    public static final int HASH_DIGITS = 12;

    public static Release of(Instant loaded, byte[] sortedContentNQuads) {
        return of(loaded, sha256(sortedContentNQuads));
    }

    public static Release of(Instant loaded, String sha) {
        return new Release(loaded.atZone(ZoneOffset.UTC).toLocalDate() + "-" + sha.substring(0, HASH_DIGITS), sha);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
