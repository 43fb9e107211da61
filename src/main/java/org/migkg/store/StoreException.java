package org.migkg.store;

import java.io.IOException;

/** The store could not be opened or written; the message says where and why. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The reason a person can act on, from deep in a storage exception: the operating system's word ("File too large",
     * "No space left on device", "Permission denied") when there is one, else the innermost message.
     */
    public static String reason(Throwable e) {
        String innermost = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null) {
                return t.getMessage();
            }
            if (t.getMessage() != null) {
                innermost = t.getMessage();
            }
        }
        return innermost == null ? e.getClass().getSimpleName() : innermost;
    }
}
