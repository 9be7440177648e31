package io.agentbar.app.cli;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code host}, {@code host:port}, {@code [v6]} or {@code [v6]:port}. */
public record HostPort(String host, Optional<Integer> port) {
    private static final Pattern FORM = Pattern.compile("^(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.\\-]+)(?::(\\d{1,5}))?$");

    public static HostPort parse(String text) throws UsageException {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new UsageException("'" + text + "' is not HOST or HOST:PORT");
        }
        String host = m.group(1);
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        Optional<Integer> port = Optional.empty();
        if (m.group(2) != null) {
            int p = Integer.parseInt(m.group(2));
            if (p < 1 || p > 65535) {
                throw new UsageException("port out of range in '" + text + "'");
            }
            port = Optional.of(p);
        }
        return new HostPort(host, port);
    }
}
