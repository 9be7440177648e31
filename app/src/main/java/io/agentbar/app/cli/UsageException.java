package io.agentbar.app.cli;

/** A command line that cannot be run; the message is printed as the one line the user sees. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
