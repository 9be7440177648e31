package io.agentbar.sip.media.srtp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SDES offer/answer (RFC 4568 §5, §7.1) on the raw {@code a=crypto} values of one media line.
 * Pure functions: the caller keeps the offer lines it sent and hands them back with the answer.
 */
public final class SdesNegotiation {
    private static final Logger LOG = LoggerFactory.getLogger(SdesNegotiation.class);
    private static final Pattern LEADING_TAG = Pattern.compile("[ \\t]*([0-9]{1,9})[ \\t].*", Pattern.DOTALL);

    /** What we offer, most preferred first; each line gets its own key (RFC 4568 §6.1). */
    private static final List<SrtpSuite> OFFER_ORDER = List.of(
            SrtpSuite.AES_CM_128_HMAC_SHA1_80, SrtpSuite.AEAD_AES_128_GCM, SrtpSuite.AES_CM_128_HMAC_SHA1_32);

    private SdesNegotiation() {
    }

    /** Our {@code a=crypto} values, tags 1, 2, 3, each with a fresh key. */
    public static List<String> offer(SecureRandom random) {
        List<String> lines = new ArrayList<>(OFFER_ORDER.size());
        int tag = 1;
        for (SrtpSuite suite : OFFER_ORDER) {
            lines.add(new CryptoAttribute(tag++, SrtpKeys.random(suite, random)).format());
        }
        return List.copyOf(lines);
    }

    /**
     * Answers an offer: the first line we accept in the offerer's order, echoed with its tag and
     * suite and our own fresh key. Lines we cannot honour are skipped; duplicate tags make the
     * whole offer ambiguous, so it is refused (RFC 4568 §9.1: the tag identifies the line).
     * Empty means SDES failed and the media line must be rejected.
     */
    public static Optional<SdesAnswer> answer(List<String> remoteOfferLines, SecureRandom random) {
        if (hasDuplicateTags(remoteOfferLines)) {
            LOG.debug("SDES offer refused: duplicate crypto tags");
            return Optional.empty();
        }
        for (String line : remoteOfferLines) {
            Optional<CryptoAttribute> offered = CryptoAttribute.parse(line);
            if (offered.isPresent()) {
                CryptoAttribute theirs = offered.get();
                SrtpKeys ours = SrtpKeys.random(theirs.suite(), random);
                String answerLine = new CryptoAttribute(theirs.tag(), ours).format();
                return Optional.of(new SdesAnswer(answerLine, new SrtpKeyPair(ours, theirs.keys())));
            }
        }
        LOG.debug("SDES offer refused: none of {} crypto lines is acceptable", remoteOfferLines.size());
        return Optional.empty();
    }

    /**
     * The keys agreed by an answer to our offer: the answer must hold exactly one acceptable line
     * whose tag and suite match a line we offered; our key for that line is the local one. Empty
     * when the answer does not fit our offer, or reflects our own key back (both directions would
     * then share one keystream).
     */
    public static Optional<SrtpKeyPair> keysFromAnswer(List<String> ourOfferLines, List<String> remoteAnswerLines) {
        if (remoteAnswerLines.size() != 1) {
            LOG.debug("SDES answer refused: {} crypto lines instead of one", remoteAnswerLines.size());
            return Optional.empty();
        }
        Optional<CryptoAttribute> answered = CryptoAttribute.parse(remoteAnswerLines.getFirst());
        if (answered.isEmpty()) {
            return Optional.empty();
        }
        CryptoAttribute theirs = answered.get();
        for (String line : ourOfferLines) {
            Optional<CryptoAttribute> offered = CryptoAttribute.parse(line);
            if (offered.isPresent() && offered.get().tag() == theirs.tag()) {
                CryptoAttribute ours = offered.get();
                if (ours.suite() != theirs.suite()) {
                    LOG.debug("SDES answer refused: tag {} answered with another suite", theirs.tag());
                    return Optional.empty();
                }
                if (ours.keys().equals(theirs.keys())) {
                    LOG.debug("SDES answer refused: it reflects our own key");
                    return Optional.empty();
                }
                return Optional.of(new SrtpKeyPair(ours.keys(), theirs.keys()));
            }
        }
        LOG.debug("SDES answer refused: tag {} was not offered", theirs.tag());
        return Optional.empty();
    }

    private static boolean hasDuplicateTags(List<String> lines) {
        Set<Integer> tags = new HashSet<>();
        for (String line : lines) {
            var matcher = LEADING_TAG.matcher(line);
            if (matcher.matches() && !tags.add(Integer.parseInt(matcher.group(1)))) {
                return true;
            }
        }
        return false;
    }
}
