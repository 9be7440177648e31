package io.agentbar.sip.media.dtls;

import java.util.Locale;
import java.util.Optional;

/**
 * The SDP {@code a=setup} attribute (RFC 4145 §4, applied to DTLS by RFC 5763 §5 and RFC 8842 §5) and
 * the role rules that turn an offer/answer pair into a {@link DtlsRole}. "active" opens the
 * association, i.e. is the DTLS client; "passive" waits, i.e. is the DTLS server.
 *
 * <p>The role functions return empty where no association is to be set up now: {@code holdconn}, or a
 * pair where both sides insist on the same role.
 */
public enum DtlsSetup {
    ACTPASS("actpass"),
    ACTIVE("active"),
    PASSIVE("passive"),
    HOLDCONN("holdconn");

    private final String sdpValue;

    DtlsSetup(String sdpValue) {
        this.sdpValue = sdpValue;
    }

    /** The attribute value as written after {@code a=setup:}. */
    public String sdpValue() {
        return sdpValue;
    }

    /** Reads an {@code a=setup} value; case and surrounding blanks are tolerated, anything else is empty. */
    public static Optional<DtlsSetup> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (DtlsSetup s : values()) {
            if (s.sdpValue.equals(v)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * What we answer to the remote offer (RFC 5763 §5): to {@code actpass} we answer {@code active}, so
     * that our ClientHello can leave as soon as ICE connects instead of waiting a round trip for the
     * offerer to learn its role; {@code active} gets {@code passive} and vice versa; {@code holdconn}
     * is mirrored (RFC 4145 §4.1).
     */
    public static DtlsSetup answerTo(DtlsSetup remoteOffer) {
        return switch (remoteOffer) {
            case ACTPASS, PASSIVE -> ACTIVE;
            case ACTIVE -> PASSIVE;
            case HOLDCONN -> HOLDCONN;
        };
    }

    /** Our role when we answered the remote offer with {@link #answerTo}; empty for {@code holdconn}. */
    public static Optional<DtlsRole> roleAsAnswerer(DtlsSetup remoteOffer) {
        return roleOf(answerTo(remoteOffer));
    }

    /** Our role when we offered {@code actpass} (what we always offer) and got this answer. */
    public static Optional<DtlsRole> roleAsOfferer(DtlsSetup remoteAnswer) {
        return roleAsOfferer(ACTPASS, remoteAnswer);
    }

    /**
     * Our role as offerer for any offer we made (a re-INVITE may keep the established role).
     *
     * <p>An answer of {@code actpass} is illegal (RFC 5763 §5: the answerer MUST pick active or passive).
     * We accept it as "the answerer will take either role" and become the client when our own offer
     * allowed it: a client starts the handshake at once, whereas two waiting servers would hang until
     * the timeout. An answer that claims our own fixed role (active/active, passive/passive) has no
     * consistent reading and yields empty.
     */
    public static Optional<DtlsRole> roleAsOfferer(DtlsSetup localOffer, DtlsSetup remoteAnswer) {
        if (localOffer == HOLDCONN || remoteAnswer == HOLDCONN) {
            return Optional.empty();
        }
        return switch (remoteAnswer) {
            case ACTIVE -> localOffer == ACTIVE ? Optional.empty() : Optional.of(DtlsRole.SERVER);
            case PASSIVE -> localOffer == PASSIVE ? Optional.empty() : Optional.of(DtlsRole.CLIENT);
            case ACTPASS -> Optional.of(localOffer == PASSIVE ? DtlsRole.SERVER : DtlsRole.CLIENT);
            case HOLDCONN -> Optional.empty();
        };
    }

    private static Optional<DtlsRole> roleOf(DtlsSetup ours) {
        return switch (ours) {
            case ACTIVE -> Optional.of(DtlsRole.CLIENT);
            case PASSIVE -> Optional.of(DtlsRole.SERVER);
            case ACTPASS, HOLDCONN -> Optional.empty();
        };
    }
}
