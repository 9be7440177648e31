package io.agentbar.bench.quality;

import io.agentbar.app.it.peers.Ports;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/**
 * The media half of the relay: two RTP/RTCP socket pairs on 127.0.0.1, one facing each phone. Each phone sends to and
 * hears from exactly one relay address (symmetric RTP keeps working). RTP in the {@code impaired} direction gets its
 * {@link Impairment} fate (lost, or held back by its delay on a delay queue); RTCP and the other direction pass at once.
 * Every thread ends at {@link #close()} or at the deadline, whichever comes first.
 */
final class MediaLeg implements AutoCloseable {
    enum Direction { TO_CALLEE, TO_CALLER }

    /** One RTP packet as the relay received it, for observers that need a common clock ({@link System#nanoTime()}). */
    record Packet(long nanos, Direction direction, byte[] data) {
        int sequence() {
            return ((data[2] & 0xff) << 8) | (data[3] & 0xff);
        }
    }

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final int POLL_MILLIS = 200;

    private final DatagramSocket callerRtp;
    private final DatagramSocket callerRtcp;
    private final DatagramSocket calleeRtp;
    private final DatagramSocket calleeRtcp;
    private final Impairment.Fates fates;
    private final Direction impaired;
    private final boolean observe;
    private final long deadline;
    private final DelayQueue<Held> held = new DelayQueue<>();
    private final List<Packet> observed = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final long[] forwarded = new long[2];
    private final long[] lost = new long[2];
    private final long[] reordered = new long[2];
    private final int[] lastSequence = {-1, -1};
    private volatile InetSocketAddress callerRtpTarget;
    private volatile InetSocketAddress callerRtcpTarget;
    private volatile InetSocketAddress calleeRtpTarget;
    private volatile InetSocketAddress calleeRtcpTarget;
    private volatile boolean open = true;

    private MediaLeg(DatagramSocket[] sockets, Impairment impairment, Direction impaired, boolean observe, long deadline) {
        this.callerRtp = sockets[0];
        this.callerRtcp = sockets[1];
        this.calleeRtp = sockets[2];
        this.calleeRtcp = sockets[3];
        this.fates = impairment.fates();
        this.impaired = impaired;
        this.observe = observe;
        this.deadline = deadline;
    }

    static MediaLeg open(Impairment impairment, Direction impaired, boolean observe, long deadlineNanos) throws SocketException {
        int first = Ports.freeRtpRange(4).first();
        DatagramSocket[] sockets = new DatagramSocket[4];
        try {
            for (int i = 0; i < 4; i++) {
                sockets[i] = new DatagramSocket(new InetSocketAddress(LOOPBACK, first + i));
                sockets[i].setSoTimeout(POLL_MILLIS);
            }
        } catch (SocketException e) {
            for (DatagramSocket s : sockets) {
                if (s != null) {
                    s.close();
                }
            }
            throw e;
        }
        MediaLeg leg = new MediaLeg(sockets, impairment, impaired, observe, deadlineNanos);
        leg.start();
        return leg;
    }

    /** The port the caller is told to send RTP to (RTCP one above). */
    int callerFacingPort() {
        return callerRtp.getLocalPort();
    }

    /** The port the callee is told to send RTP to (RTCP one above). */
    int calleeFacingPort() {
        return calleeRtp.getLocalPort();
    }

    void callerMedia(SdpMedia.Address address) {
        callerRtpTarget = loopback(address.host(), address.rtpPort());
        callerRtcpTarget = loopback(address.host(), address.rtcpPort());
    }

    void calleeMedia(SdpMedia.Address address) {
        calleeRtpTarget = loopback(address.host(), address.rtpPort());
        calleeRtcpTarget = loopback(address.host(), address.rtcpPort());
    }

    /** RTP packets seen so far in both directions, in arrival order (only when observing). */
    List<Packet> observed() {
        synchronized (observed) {
            return List.copyOf(observed);
        }
    }

    /** Counts per direction, e.g. for the log: what the receiver under test really faced. */
    synchronized String summary() {
        return String.format(Locale.ROOT, "to callee: %d forwarded, %d lost (%.1f %%), %d reordered; to caller: %d forwarded",
                forwarded[0], lost[0], 100.0 * lost[0] / Math.max(1, forwarded[0] + lost[0]), reordered[0], forwarded[1]);
    }

    /** Waits until {@code packets} RTP packets went out in {@code direction}; false if the timeout came first. */
    synchronized boolean awaitForwarded(Direction direction, long packets, java.time.Duration timeout)
            throws InterruptedException {
        long deadlineNanos = System.nanoTime() + timeout.toNanos();
        while (forwarded[direction.ordinal()] < packets) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    synchronized double lossFraction(Direction direction) {
        int d = direction.ordinal();
        return (double) lost[d] / Math.max(1, forwarded[d] + lost[d]);
    }

    @Override
    public void close() {
        open = false;
        for (DatagramSocket s : List.of(callerRtp, callerRtcp, calleeRtp, calleeRtcp)) {
            s.close();
        }
        for (Thread t : threads) {
            try {
                t.join(2 * POLL_MILLIS + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void start() {
        spawn("relay-caller-rtp", () -> receive(callerRtp, Direction.TO_CALLEE, true));
        spawn("relay-caller-rtcp", () -> receive(callerRtcp, Direction.TO_CALLEE, false));
        spawn("relay-callee-rtp", () -> receive(calleeRtp, Direction.TO_CALLER, true));
        spawn("relay-callee-rtcp", () -> receive(calleeRtcp, Direction.TO_CALLER, false));
        spawn("relay-delay", this::releaseHeld);
    }

    private void spawn(String name, Runnable body) {
        Thread t = Thread.ofPlatform().name(name + "-" + callerRtp.getLocalPort()).daemon().unstarted(body);
        threads.add(t);
        t.start();
    }

    private boolean running() {
        return open && System.nanoTime() < deadline;
    }

    private void receive(DatagramSocket socket, Direction direction, boolean rtpSocket) {
        byte[] buffer = new byte[2048];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (running()) {
            try {
                packet.setLength(buffer.length);
                socket.receive(packet);
            } catch (SocketTimeoutException idle) {
                continue;
            } catch (IOException closed) {
                return;
            }
            long now = System.nanoTime();
            byte[] data = java.util.Arrays.copyOf(buffer, packet.getLength());
            boolean rtp = rtpSocket && isRtp(data);
            if (rtp && observe) {
                synchronized (observed) {
                    observed.add(new Packet(now, direction, data));
                }
            }
            route(direction, rtp, rtpSocket, data, now);
        }
    }

    private void route(Direction direction, boolean rtp, boolean rtpSocket, byte[] data, long now) {
        boolean toCallee = direction == Direction.TO_CALLEE;
        InetSocketAddress target = toCallee ? (rtpSocket ? calleeRtpTarget : calleeRtcpTarget)
                : (rtpSocket ? callerRtpTarget : callerRtcpTarget);
        DatagramSocket out = toCallee ? (rtpSocket ? calleeRtp : calleeRtcp) : (rtpSocket ? callerRtp : callerRtcp);
        if (target == null) {
            return; // the other phone's address is not known yet (no answer SDP seen)
        }
        if (!rtp || direction != impaired) {
            send(out, target, data, direction, rtp);
            return;
        }
        long delay;
        synchronized (this) {
            if (fates.lost()) {
                lost[direction.ordinal()]++;
                return;
            }
            delay = fates.delayNanos();
        }
        if (delay == 0) {
            send(out, target, data, direction, true);
        } else {
            held.add(new Held(now + delay, out, target, data, direction));
        }
    }

    private void releaseHeld() {
        while (running()) {
            try {
                Held h = held.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (h != null) {
                    send(h.socket, h.target, h.data, h.direction, true);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void send(DatagramSocket socket, InetSocketAddress target, byte[] data, Direction direction, boolean rtp) {
        if (rtp) {
            count(direction, ((data[2] & 0xff) << 8) | (data[3] & 0xff));
        }
        try {
            socket.send(new DatagramPacket(data, data.length, target));
        } catch (IOException e) {
            // closed while stopping, or the phone is gone: media relays drop, they never fail the call
        }
    }

    private synchronized void count(Direction direction, int sequence) {
        int d = direction.ordinal();
        forwarded[d]++;
        notifyAll();
        int last = lastSequence[d];
        if (last >= 0 && (short) (sequence - last) < 0) {
            reordered[d]++;
        } else {
            lastSequence[d] = sequence;
        }
    }

    /** RTP, not RTCP: version 2 and a payload type outside RTCP's 192..223 (RFC 5761). */
    static boolean isRtp(byte[] data) {
        if (data.length < 12 || (data[0] & 0xc0) != 0x80) {
            return false;
        }
        int type = data[1] & 0xff;
        return type < 192 || type > 223;
    }

    private static InetSocketAddress loopback(String host, int port) {
        if (!host.equals("127.0.0.1")) {
            throw new IllegalArgumentException("the relay is loopback only; media address " + host + " refused");
        }
        return new InetSocketAddress(LOOPBACK, port);
    }

    /** A packet waiting out its delay. */
    private record Held(long due, DatagramSocket socket, InetSocketAddress target, byte[] data, Direction direction)
            implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(due, ((Held) other).due);
        }
    }
}
