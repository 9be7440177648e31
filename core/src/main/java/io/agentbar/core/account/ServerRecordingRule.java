package io.agentbar.core.account;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the account's PBX says it records a call, and how the agent pauses and resumes that
 * recording. The indication is a header on the INVITE that rings us, on the 2xx answering our
 * INVITE, or on a re-INVITE that turns it on or off mid-call ({@code X-Record: on} by default).
 * There is no standard for either half (RFC 7866's SIPREC serves the recorder, not the phone), so
 * both are per-account settings, like the PBX's own dialplan.
 *
 * @param header   the header's name, matched case-insensitively (RFC 3261 §7.3.1)
 * @param onValues the values (lower case) that mean "recording"; any other value means "not
 *                 recording". Only the value before the first {@code ;} counts, so
 *                 {@code X-Record: on;by=queue} is on.
 * @param control  how the agent pauses and resumes it; {@link Control.None} leaves it to the PBX
 */
public record ServerRecordingRule(String header, List<String> onValues, Control control) {
    public static final String DEFAULT_HEADER = "X-Record";
    public static final List<String> DEFAULT_ON_VALUES = List.of("on", "yes", "true", "1");

    /** RFC 3261 §25.1 token: what a header name and a MIME type or subtype may be made of. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9.!%*_+`'~-]{1,64}");
    private static final Pattern MIME_TYPE = Pattern.compile("[A-Za-z0-9.!%*_+`'~-]{1,64}/[A-Za-z0-9.!%*_+`'~-]{1,64}");
    /** Headers the SIP stack itself interprets: reading "recording" from them would be nonsense. */
    private static final List<String> RESERVED = List.of("via", "from", "to", "call-id", "cseq", "contact",
            "content-type", "content-length", "max-forwards", "route", "record-route");
    private static final int MAX_CODE = 16;
    private static final int MAX_BODY = 512;
    // after the patterns: static fields initialise in the order written
    /** {@code X-Record: on} (or yes, true, 1) shows the indicator; nothing is configured to pause it. */
    public static final ServerRecordingRule DEFAULT =
            new ServerRecordingRule(DEFAULT_HEADER, DEFAULT_ON_VALUES, new Control.None());

    /** How the agent pauses and resumes the PBX's recording. */
    public sealed interface Control {
        /** Nothing configured: the indicator shows, the pause command is refused. */
        record None() implements Control {
        }

        /**
         * DTMF digits the PBX listens for, sent like any key the agent presses (the account's
         * {@link DtmfMode}). The two codes may be the same: Asterisk's automixmon ({@code *3}) toggles.
         */
        record FeatureCode(String pause, String resume) implements Control {
            public FeatureCode {
                pause = code(pause, "pause");
                resume = code(resume, "resume");
            }
        }

        /**
         * An in-dialog SIP INFO (RFC 6086) with this content type and body; the PBX's 2xx confirms
         * the change, anything else leaves the recording as it was.
         */
        record Info(String contentType, String pauseBody, String resumeBody) implements Control {
            public Info {
                Objects.requireNonNull(contentType, "contentType");
                contentType = contentType.strip();
                if (!MIME_TYPE.matcher(contentType).matches()) {
                    throw new IllegalArgumentException("INFO content type must be type/subtype, e.g. "
                            + "application/x-record: " + contentType);
                }
                pauseBody = body(pauseBody, "pause");
                resumeBody = body(resumeBody, "resume");
            }
        }
    }

    public ServerRecordingRule {
        Objects.requireNonNull(header, "header");
        header = header.strip();
        if (!TOKEN.matcher(header).matches() || RESERVED.contains(header.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("not a usable header name for the recording indication: " + header);
        }
        onValues = onValues == null || onValues.isEmpty() ? DEFAULT_ON_VALUES
                : onValues.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty()).distinct()
                .toList();
        if (onValues.isEmpty() || onValues.stream().anyMatch(v -> v.length() > 64 || v.chars().anyMatch(c -> c <= ' '
                || c == ';' || c == ',' || c > '~'))) {
            throw new IllegalArgumentException("recording header values must be words without spaces, ; or ,: " + onValues);
        }
        control = control == null ? new Control.None() : control;
    }

    public ServerRecordingRule withHeader(String name, List<String> values) {
        return new ServerRecordingRule(name, values, control);
    }

    public ServerRecordingRule withControl(Control newControl) {
        return new ServerRecordingRule(header, onValues, newControl);
    }

    /**
     * What the values of {@link #header} on one message say: empty when the header is absent
     * (nothing said, nothing changes), else whether any of them means "recording".
     */
    public Optional<Boolean> indication(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(values.stream().anyMatch(this::meansOn));
    }

    private boolean meansOn(String value) {
        int semicolon = value.indexOf(';');
        String v = (semicolon < 0 ? value : value.substring(0, semicolon)).strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1).strip();
        }
        return onValues.contains(v.toLowerCase(Locale.ROOT));
    }

    private static String code(String digits, String what) {
        Objects.requireNonNull(digits, what);
        String d = digits.strip().toUpperCase(Locale.ROOT);
        if (d.isEmpty() || d.length() > MAX_CODE || !d.chars().allMatch(c -> DtmfMode.isDigit((char) c))) {
            throw new IllegalArgumentException("the " + what + " feature code must be 1 to " + MAX_CODE
                    + " telephone keys (0-9, *, #, A-D): " + digits);
        }
        return d;
    }

    private static String body(String body, String what) {
        Objects.requireNonNull(body, what);
        if (body.isEmpty() || body.length() > MAX_BODY
                || body.chars().anyMatch(c -> (c < ' ' && c != '\r' && c != '\n') || c > '~')) {
            throw new IllegalArgumentException("the " + what + " INFO body must be 1 to " + MAX_BODY
                    + " printable ASCII characters");
        }
        return body;
    }
}
