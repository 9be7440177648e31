package io.agentbar.core.media;

import java.io.IOException;
import java.net.InetAddress;

/** Opens the packet path for a new stream, bound to the address signalling uses. */
public interface MediaTransports {
    MediaTransport open(InetAddress bindAddress) throws IOException;
}
