package io.agentbar.sip;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Optional;

/**
 * The registrar of the in-process test line (RFC 3261 §10.3, trimmed): every REGISTER gets 200
 * echoing its Contact and lifetime, without authentication, and the newest Contact of each user is
 * remembered so calls can reach it. Meant for loopback only. Confined to the signalling thread.
 */
final class LocationService {
    private static final Logger LOG = LoggerFactory.getLogger(LocationService.class);
    private static final int DEFAULT_EXPIRES = 3600;

    private record Binding(SipURI contact, Instant expires) {
    }

    private final Map<String, Binding> bindings = new HashMap<>();
    private final Clock clock;

    LocationService(Clock clock) {
        this.clock = clock;
    }

    /** The Contact registered for {@code user}, while its registration lasts. */
    Optional<SipURI> lookup(String user) {
        Binding b = bindings.get(user);
        if (b == null || !b.expires().isAfter(clock.instant())) {
            bindings.remove(user);
            return Optional.empty();
        }
        return Optional.of(b.contact());
    }

    void onRegister(RequestEvent event, SipEndpoint endpoint) {
        Optional<ServerTransaction> st = endpoint.serverTransaction(event);
        if (st.isEmpty()) {
            return;
        }
        Request request = event.getRequest();
        try {
            String user = user(request);
            if (user == null) {
                endpoint.respond(st.get(), endpoint.response(request, Response.BAD_REQUEST));
                return;
            }
            ExpiresHeader expiresHeader = request.getExpires();
            int defaultExpires = expiresHeader == null ? DEFAULT_EXPIRES : expiresHeader.getExpires();
            List<ContactHeader> granted = new ArrayList<>();
            ListIterator<?> contacts = request.getHeaders(ContactHeader.NAME);
            while (contacts.hasNext()) {
                ContactHeader contact = (ContactHeader) contacts.next();
                int expires = contact.getExpires() >= 0 ? contact.getExpires() : defaultExpires;
                if (contact.isWildCard() || expires == 0) {
                    bindings.remove(user);
                    LOG.debug("test line: {} unregistered", user);
                } else if (contact.getAddress().getURI() instanceof SipURI uri) {
                    bindings.put(user, new Binding((SipURI) uri.clone(), clock.instant().plusSeconds(expires)));
                    ContactHeader echo = (ContactHeader) contact.clone();
                    echo.setExpires(expires);
                    granted.add(echo);
                    LOG.debug("test line: {} registered at {} for {} s", user, uri, expires);
                }
            }
            Response ok = endpoint.response(request, Response.OK);
            for (ContactHeader c : granted) {
                ok.addHeader(c);
            }
            if (expiresHeader != null) {
                ok.addHeader(endpoint.headers().createExpiresHeader(defaultExpires));
            }
            endpoint.respond(st.get(), ok);
        } catch (ParseException | InvalidArgumentException e) {
            LOG.debug("bad REGISTER", e);
            try {
                endpoint.respond(st.get(), endpoint.response(request, Response.BAD_REQUEST));
            } catch (ParseException ignored) {
                // nothing more to say to a peer we cannot even answer
            }
        }
    }

    private static String user(Request request) {
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        return to != null && to.getAddress().getURI() instanceof SipURI uri ? uri.getUser() : null;
    }
}
