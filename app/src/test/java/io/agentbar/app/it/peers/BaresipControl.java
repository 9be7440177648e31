package io.agentbar.app.it.peers;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Client for baresip's {@code ctrl_tcp} module (baresip 1.0.0): JSON messages framed as netstrings
 * ({@code <length>:<json>,}) on one TCP connection.
 *
 * <p>Requests are {@code {"command":"dial","params":"sip:...","token":"t1"}}; baresip answers
 * {@code {"response":true,"ok":true,"data":"...","token":"t1"}} and pushes events such as
 * {@code {"event":true,"type":"CALL_ESTABLISHED","class":"call",...,"param":"..."}}. Every event is written into the
 * peer's log as {@code ## <time> ctrl_tcp event <TYPE> <json>}, so tests wait for events like for any log line.
 */
final class BaresipControl implements AutoCloseable {

    static final String EVENT_PREFIX = "ctrl_tcp event ";
    private static final Pattern RESPONSE = Pattern.compile("\"response\"\\s*:\\s*true");
    private static final Pattern EVENT_TYPE = Pattern.compile("\"event\"\\s*:\\s*true.*?\"type\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern OK = Pattern.compile("\"ok\"\\s*:\\s*(true|false)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern DATA = Pattern.compile("\"data\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final int MAX_MESSAGE = 1 << 20;

    private final Socket socket;
    private final OutputStream out;
    private final PeerProcess peer;
    private final Map<String, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private final Thread reader;

    private BaresipControl(Socket socket, PeerProcess peer) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.peer = peer;
        this.reader = new Thread(this::readMessages, "ctrl_tcp-" + peer.name() + "-" + peer.pid());
        this.reader.setDaemon(true);
    }

    /** Connects to ctrl_tcp on 127.0.0.1:{@code port}, which baresip opens before it prints "baresip is ready.". */
    static BaresipControl connect(int port, PeerProcess peer) {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            BaresipControl control = new BaresipControl(socket, peer);
            control.reader.start();
            peer.note("ctrl_tcp connected to 127.0.0.1:" + port);
            return control;
        } catch (IOException e) {
            closeQuietly(socket);
            throw peer.failure("ctrl_tcp connection to 127.0.0.1:" + port + " failed: " + e);
        }
    }

    /**
     * Sends a command and waits for its response.
     *
     * @return the response's {@code data} (JSON-unescaped)
     * @throws AssertionError when baresip answers {@code ok:false}, the connection drops or no answer comes in time
     */
    String command(String command, String params, Duration timeout) {
        String token = "t" + tokens.incrementAndGet();
        CompletableFuture<String> response = new CompletableFuture<>();
        pending.put(token, response);
        StringBuilder json = new StringBuilder("{\"command\":").append(quote(command));
        if (params != null) {
            json.append(",\"params\":").append(quote(params));
        }
        json.append(",\"token\":").append(quote(token)).append('}');
        byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
        peer.note("ctrl_tcp send " + json);
        try {
            synchronized (out) {
                out.write((body.length + ":").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.write(',');
                out.flush();
            }
            return response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            throw peer.failure("could not send ctrl_tcp command '" + command + "': " + e);
        } catch (TimeoutException e) {
            throw peer.failure("did not answer ctrl_tcp command '" + command + "' within " + timeout);
        } catch (ExecutionException e) {
            throw peer.failure("rejected ctrl_tcp command '" + command + " " + params + "': " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw peer.failure("interrupted during ctrl_tcp command '" + command + "'");
        } finally {
            pending.remove(token);
        }
    }

    @Override
    public void close() {
        closeQuietly(socket);
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readMessages() {
        try (InputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()))) {
            while (true) {
                handle(readNetstring(in));
            }
        } catch (IOException closed) {
            // baresip exited or close() was called
        } finally {
            pending.values().forEach(f -> f.completeExceptionally(new IOException("ctrl_tcp connection closed")));
        }
    }

    private void handle(String json) {
        Matcher event = EVENT_TYPE.matcher(json);
        if (event.find()) {
            peer.note(EVENT_PREFIX + event.group(1) + " " + json);
            return;
        }
        if (!RESPONSE.matcher(json).find()) {
            peer.note("ctrl_tcp unknown message " + json);
            return;
        }
        peer.note("ctrl_tcp response " + json);
        Matcher token = TOKEN.matcher(json);
        CompletableFuture<String> response = token.find() ? pending.get(token.group(1)) : null;
        if (response == null) {
            return;
        }
        Matcher ok = OK.matcher(json);
        Matcher data = DATA.matcher(json);
        String text = data.find() ? unescape(data.group(1)) : "";
        if (ok.find() && ok.group(1).equals("true")) {
            response.complete(text);
        } else {
            response.completeExceptionally(new IllegalStateException(text.strip()));
        }
    }

    private static String readNetstring(InputStream in) throws IOException {
        int length = 0;
        int c;
        while ((c = in.read()) != ':') {
            if (c < 0) {
                throw new EOFException();
            }
            if (c < '0' || c > '9' || length > MAX_MESSAGE) {
                throw new IOException("bad netstring length character " + c);
            }
            length = length * 10 + (c - '0');
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length || in.read() != ',') {
            throw new IOException("truncated netstring");
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    static String unescape(String text) {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                plain.append(c);
                continue;
            }
            char escaped = text.charAt(++i);
            switch (escaped) {
                case 'n' -> plain.append('\n');
                case 'r' -> plain.append('\r');
                case 't' -> plain.append('\t');
                case 'u' -> {
                    if (i + 4 < text.length()) {
                        plain.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> plain.append(escaped);
            }
        }
        return plain.toString();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
