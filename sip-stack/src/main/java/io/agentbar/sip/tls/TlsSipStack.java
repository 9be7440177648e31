package io.agentbar.sip.tls;

import gov.nist.javax.sip.SipStackImpl;

import javax.sip.PeerUnavailableException;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Properties;

/**
 * The JAIN-SIP stack with our TLS underneath: its network layer is swapped for
 * {@link TlsNetworkLayer} right after construction (the RI offers no setter, and its
 * {@code NETWORK_LAYER} property can only name a class, so it could not carry these settings).
 * The stack properties get TLS 1.3/1.2 and our suites, which the RI re-applies to every socket.
 */
public final class TlsSipStack extends SipStackImpl {
    private static final String PROTOCOLS = "gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS";
    private static final String SUITES = "gov.nist.javax.sip.ENABLED_CIPHER_SUITES";
    private static final String CLIENT_AUTH = "gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE";
    private static final String PROCESSORS = "gov.nist.javax.sip.MESSAGE_PROCESSOR_FACTORY";

    private final TlsTargets targets;
    private final TlsNetworkLayer layer;

    /**
     * @throws IllegalArgumentException when the properties ask for trust-all client auth or for the
     *                                  NIO processors, which build their own TLS contexts
     */
    public TlsSipStack(Properties properties, TlsSettings settings, TlsTargets targets) throws PeerUnavailableException {
        super(secured(properties));
        this.targets = targets;
        // read before we replace it: the RI answers DefaultNetworkLayer when none was configured
        this.layer = new TlsNetworkLayer(getNetworkLayer(), settings.sslContextFor(targets));
        this.networkLayer = layer;
    }

    /** TCP and TLS connections opened to {@code address:port}: a change means the old one died. */
    long connectionsOpened(InetAddress address, int port) {
        return layer.connectionsOpened(address, port);
    }

    /** Where accounts say which SIP domain their registrar speaks for. */
    public TlsTargets targets() {
        return targets;
    }

    /** The stack properties with our TLS versions and suites; refuses settings that would bypass us. */
    public static Properties secured(Properties properties) {
        Properties p = new Properties();
        p.putAll(properties);
        for (Properties source : new Properties[] {p, System.getProperties()}) {
            String auth = source.getProperty(CLIENT_AUTH, "");
            if (auth.equalsIgnoreCase("DisabledAll")) {
                throw new IllegalArgumentException(CLIENT_AUTH + "=DisabledAll would trust every certificate");
            }
            if (source.getProperty(PROCESSORS, "").toLowerCase(Locale.ROOT).contains("nio")) {
                throw new IllegalArgumentException("SIP over TLS needs the blocking message processors, not "
                        + source.getProperty(PROCESSORS));
            }
        }
        p.setProperty(PROTOCOLS, TlsProfile.protocolList());
        p.setProperty(SUITES, TlsProfile.suiteList());
        // we present no certificate and ask none of peers that connect to us
        p.setProperty(CLIENT_AUTH, "Disabled");
        return p;
    }
}
