package org.migkg.cli;

/** A mistake in how a command was called (a missing file, a bad option value), reported without a stack trace. */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
