package io.agentbar.core.call;

/** Why a call ended, as the agent needs to know it. */
public enum EndReason {
    /** The agent hung up an established call. */
    LOCAL_HANGUP,
    /** The other side hung up. */
    REMOTE_HANGUP,
    /** The agent cancelled an outgoing call before it was answered. */
    CANCELLED,
    /** The caller gave up before the agent answered. */
    MISSED,
    /** The agent rejected an incoming call. */
    REJECTED,
    BUSY,
    DECLINED,
    NOT_FOUND,
    UNREACHABLE,
    /** No audio codec in common (488). */
    INCOMPATIBLE_MEDIA,
    /** Signalling connected but the media path could not be secured or connected (DTLS, ICE). */
    MEDIA_FAILED,
    /** The number or address typed cannot be dialled. */
    INVALID_TARGET,
    /** The dial plan refused the target: a blocked prefix, or too many calls at once or per minute. */
    BLOCKED,
    /** Authentication for the call failed. */
    UNAUTHORIZED,
    /** The agent sent a ringing call elsewhere (302 with the new target as Contact). */
    FORWARDED,
    FAILED;

    /** Maps a final SIP status of an outgoing INVITE to the reason an agent understands. */
    public static EndReason forStatus(int status) {
        return switch (status) {
            case 486, 600 -> BUSY;
            case 603 -> DECLINED;
            case 404, 410, 480, 484, 604 -> NOT_FOUND;
            case 408, 502, 503, 504 -> UNREACHABLE;
            case 401, 403, 407 -> UNAUTHORIZED;
            case 487 -> CANCELLED;
            case 488, 606 -> INCOMPATIBLE_MEDIA;
            default -> FAILED;
        };
    }
}
