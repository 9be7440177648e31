package io.agentbar.sip;

import gov.nist.javax.sip.header.SIPHeader;
import io.agentbar.sip.auth.DigestChallenge;
import io.agentbar.sip.auth.DigestCredentials;
import io.agentbar.sip.auth.DigestSession;

import javax.sip.header.HeaderFactory;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;

/**
 * Answers 401/407 challenges for one account with our own digest code, and keeps the last nonce
 * of each kind so the next REGISTER refresh can carry credentials up front (nc counts on).
 *
 * <p>The rule against loops: an {@link Attempt} answers a fresh challenge once; if the answer is
 * challenged again without {@code stale=true}, the credentials are wrong and we stop.
 */
final class Authenticator {
    /** A server that reports stale nonces forever must not keep us busy either. */
    private static final int MAX_STALE_RETRIES = 2;
    private static final String AUTHORIZATION = "Authorization";

    /** The challenge history of one request and its retries. */
    static final class Attempt {
        private boolean answeredFreshChallenge;
        private int staleRetries;
    }

    /** Why we give up. */
    record Refusal(String reason, boolean credentialsRejected) {
    }

    private final DigestCredentials credentials;
    private final HeaderFactory headers;
    private final SecureRandom random;
    private DigestSession server;
    private DigestSession proxy;

    Authenticator(DigestCredentials credentials, HeaderFactory headers, SecureRandom random) {
        this.credentials = credentials;
        this.headers = headers;
        this.random = random;
    }

    boolean sameCredentials(DigestCredentials other) {
        return credentials.equals(other);
    }

    /** Adds answers computed from the nonces we already hold (used for REGISTER refreshes). */
    void addCached(Request request) throws ParseException {
        String method = request.getMethod();
        String uri = request.getRequestURI().toString();
        if (server != null) {
            request.setHeader(headers.createHeader(AUTHORIZATION, server.authorize(method, uri).headerValue()));
        }
        if (proxy != null) {
            request.setHeader(headers.createHeader(ProxyAuthorizationHeader.NAME,
                    proxy.authorize(method, uri).headerValue()));
        }
    }

    /**
     * Puts the answer to {@code challenge} into {@code retry} (a copy of the challenged request
     * with a new CSeq), or says why not.
     */
    Optional<Refusal> answer(Response challenge, Request retry, Attempt attempt) throws ParseException {
        boolean byProxy = challenge.getStatusCode() == Response.PROXY_AUTHENTICATION_REQUIRED;
        List<String> offered = values(challenge, byProxy ? ProxyAuthenticateHeader.NAME : WWWAuthenticateHeader.NAME);
        Optional<DigestChallenge> chosen = DigestChallenge.strongest(offered);
        if (chosen.isEmpty()) {
            return Optional.of(new Refusal("The server asks for an authentication method this phone does not support",
                    true));
        }
        DigestChallenge c = chosen.get();
        if (c.stale()) {
            if (++attempt.staleRetries > MAX_STALE_RETRIES) {
                return Optional.of(new Refusal("The server keeps rejecting fresh nonces as stale", false));
            }
        } else if (attempt.answeredFreshChallenge) {
            if (byProxy) {
                proxy = null;
            } else {
                server = null;
            }
            return Optional.of(new Refusal("Wrong user name or password", true));
        }
        DigestSession session = new DigestSession(c, credentials, random);
        if (byProxy) {
            proxy = session;
        } else {
            server = session;
        }
        String value = session.authorize(retry.getMethod(), retry.getRequestURI().toString()).headerValue();
        retry.setHeader(headers.createHeader(byProxy ? ProxyAuthorizationHeader.NAME : AUTHORIZATION, value));
        attempt.answeredFreshChallenge = true;
        return Optional.empty();
    }

    private static List<String> values(Response response, String name) {
        List<String> out = new ArrayList<>();
        ListIterator<?> it = response.getHeaders(name);
        while (it.hasNext()) {
            Object h = it.next();
            if (h instanceof SIPHeader sip) {
                out.add(sip.getHeaderValue());
            }
        }
        return out;
    }
}
