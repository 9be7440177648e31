package io.agentbar.sip.media.srtp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One SDES {@code a=crypto} value (RFC 4568 §9.1), e.g.
 * {@code 1 AES_CM_128_HMAC_SHA1_80 inline:<base64 key||salt>|2^31}, limited to what we can honour:
 * a single inline key without MKI, and only session parameters that change nothing for us.
 * {@link #toString()} redacts the key; {@link #format()} is the only way to the key text.
 *
 * @param lifetime the key lifetime as written ({@code 2^31} or decimal), if given. We never rekey,
 *                 so a call that outlives it keeps its key, as most SDES implementations do.
 * @param sessionParameters the accepted parameters as written ({@code KDR=0}, {@code WSH=n},
 *                 {@code FEC_ORDER=...}); everything else makes the line unacceptable
 */
public record CryptoAttribute(int tag, SrtpSuite suite, SrtpKeys keys, Optional<String> lifetime,
                              List<String> sessionParameters) {
    private static final Logger LOG = LoggerFactory.getLogger(CryptoAttribute.class);
    private static final int MAX_TAG = 999_999_999;
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t]+");
    private static final Pattern TAG = Pattern.compile("[0-9]{1,9}");
    /** 2^n or a decimal count; SRTP allows at most 2^48 packets per key (RFC 3711 §9.2). */
    private static final Pattern LIFETIME = Pattern.compile("2\\^([0-9]{1,2})|([0-9]{1,15})");
    private static final String INLINE = "inline:";

    public CryptoAttribute {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(lifetime, "lifetime");
        sessionParameters = List.copyOf(sessionParameters);
        if (tag < 1 || tag > MAX_TAG) {
            throw new IllegalArgumentException("tag must be 1.." + MAX_TAG + ", was " + tag);
        }
        if (keys.suite() != suite) {
            throw new IllegalArgumentException("keys are for " + keys.suite() + ", not " + suite);
        }
        if (lifetime.isPresent() && !validLifetime(lifetime.get())) {
            throw new IllegalArgumentException("unsupported key lifetime " + lifetime.get());
        }
        for (String parameter : sessionParameters) {
            if (!harmlessSessionParameter(parameter)) {
                throw new IllegalArgumentException("unsupported session parameter " + parameter);
            }
        }
    }

    /** A plain attribute with no lifetime and no session parameters, as we offer and answer. */
    public CryptoAttribute(int tag, SrtpKeys keys) {
        this(tag, keys.suite(), keys, Optional.empty(), List.of());
    }

    /**
     * Parses the text after {@code a=crypto:}. Empty when the line is malformed or asks for
     * something we do not support; the reason goes to the debug log, never the key.
     */
    public static Optional<CryptoAttribute> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] fields = WHITESPACE.split(value.strip());
        if (fields.length < 3) {
            return refuse("fewer than three fields");
        }
        if (!TAG.matcher(fields[0]).matches() || Integer.parseInt(fields[0]) == 0) {
            return refuse("tag is not 1 to 9 digits or is 0");
        }
        int tag = Integer.parseInt(fields[0]);
        Optional<SrtpSuite> suite = SrtpSuite.fromSdpName(fields[1]);
        if (suite.isEmpty()) {
            return refuse("unsupported crypto suite");
        }
        String keyParameters = fields[2];
        if (keyParameters.indexOf(';') >= 0) {
            return refuse("more than one key");
        }
        if (!keyParameters.regionMatches(true, 0, INLINE, 0, INLINE.length())) {
            return refuse("key method is not inline");
        }
        String[] parts = keyParameters.substring(INLINE.length()).split("\\|", -1);
        if (parts.length > 3) {
            return refuse("too many key parameters");
        }
        Optional<String> lifetime = Optional.empty();
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].indexOf(':') >= 0) {
                return refuse("MKI is not supported");
            }
            if (lifetime.isPresent() || !validLifetime(parts[i])) {
                return refuse("malformed key lifetime");
            }
            lifetime = Optional.of(parts[i]);
        }
        Optional<SrtpKeys> keys = decodeKeys(suite.get(), parts[0]);
        if (keys.isEmpty()) {
            return refuse("key is not base64 of the suite's key and salt length");
        }
        List<String> parameters = List.of(fields).subList(3, fields.length);
        for (String parameter : parameters) {
            if (!harmlessSessionParameter(parameter)) {
                return refuse("unsupported session parameter");
            }
        }
        return Optional.of(new CryptoAttribute(tag, suite.get(), keys.get(), lifetime, parameters));
    }

    /** The attribute value for SDP, key included: for the SDP text only, never for a log. */
    public String format() {
        StringBuilder line = new StringBuilder()
                .append(tag).append(' ').append(suite.sdpName()).append(' ')
                .append(INLINE).append(Base64.getEncoder().encodeToString(keys.concatenated()));
        lifetime.ifPresent(l -> line.append('|').append(l));
        sessionParameters.forEach(p -> line.append(' ').append(p));
        return line.toString();
    }

    @Override
    public String toString() {
        return "CryptoAttribute[" + tag + ' ' + suite.sdpName() + " inline:<redacted>"
                + lifetime.map(l -> "|" + l).orElse("")
                + (sessionParameters.isEmpty() ? "" : " " + String.join(" ", sessionParameters)) + ']';
    }

    private static Optional<SrtpKeys> decodeKeys(SrtpSuite suite, String base64) {
        byte[] keyAndSalt;
        try {
            keyAndSalt = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // its message quotes a key character, so it goes nowhere
        }
        if (keyAndSalt.length != suite.masterKeyLength() + suite.masterSaltLength()) {
            return Optional.empty();
        }
        return Optional.of(SrtpKeys.fromConcatenated(suite, keyAndSalt));
    }

    private static boolean validLifetime(String text) {
        var matcher = LIFETIME.matcher(text);
        if (!matcher.matches()) {
            return false;
        }
        long packets = matcher.group(1) != null ? 1L << Math.min(Integer.parseInt(matcher.group(1)), 62)
                : Long.parseLong(matcher.group(2));
        return packets > 0 && packets <= 1L << 48;
    }

    /**
     * RFC 4568 §6.3 parameters that need nothing from us: KDR=0 is the default (derive once),
     * WSH is only a hint (our replay window is the minimum 64), and FEC_ORDER is moot without FEC.
     * UNENCRYPTED_*, UNAUTHENTICATED_SRTP, FEC_KEY, other KDRs and unknown ones are refused.
     */
    private static boolean harmlessSessionParameter(String parameter) {
        String upper = parameter.toUpperCase(Locale.ROOT);
        if (upper.equals("KDR=0")) {
            return true;
        }
        if (upper.startsWith("WSH=")) {
            String window = upper.substring(4);
            return window.matches("[0-9]{2,9}") && Integer.parseInt(window) >= 64;
        }
        return upper.equals("FEC_ORDER=FEC_SRTP") || upper.equals("FEC_ORDER=SRTP_FEC");
    }

    private static Optional<CryptoAttribute> refuse(String reason) {
        LOG.debug("a=crypto line refused: {}", reason);
        return Optional.empty();
    }
}
