package io.agentbar.core.account;

/** How SIP messages travel to the registrar or proxy. */
public enum Transport {
    UDP, TCP;

    /** The lowercase name used in SIP URIs, Via headers and the command line. */
    public String token() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Transport parse(String text) {
        for (Transport t : values()) {
            if (t.token().equalsIgnoreCase(text.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown transport '" + text + "' (expected udp or tcp)");
    }

    public int defaultPort() {
        return 5060;
    }
}
