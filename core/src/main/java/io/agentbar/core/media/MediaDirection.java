package io.agentbar.core.media;

/** RFC 3264 stream direction, from the point of view of the side that wrote the description. */
public enum MediaDirection {
    SENDRECV, SENDONLY, RECVONLY, INACTIVE;

    /** The direction an answerer uses in reply to this one (RFC 3264 §6.1). */
    public MediaDirection answerTo() {
        return switch (this) {
            case SENDRECV -> SENDRECV;
            case SENDONLY -> RECVONLY;
            case RECVONLY -> SENDONLY;
            case INACTIVE -> INACTIVE;
        };
    }

    /** What both this side's wish and the other's allow: send only if both do, receive likewise. */
    public MediaDirection and(MediaDirection other) {
        boolean send = sends() && other.sends();
        boolean receive = receives() && other.receives();
        return send ? (receive ? SENDRECV : SENDONLY) : (receive ? RECVONLY : INACTIVE);
    }

    /** A call is on hold when this side stopped receiving (RFC 6337 §5.3: sendonly or inactive). */
    public boolean holds() {
        return !receives();
    }

    public boolean sends() {
        return this == SENDRECV || this == SENDONLY;
    }

    public boolean receives() {
        return this == SENDRECV || this == RECVONLY;
    }

    public String attribute() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
