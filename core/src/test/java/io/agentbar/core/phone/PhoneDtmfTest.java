package io.agentbar.core.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.DtmfMode;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.Transport;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.PayloadFormat;
import io.agentbar.core.registration.RetryPolicy;
import io.agentbar.core.signalling.SignallingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Which path a pressed key takes, per the account's DTMF mode and what the call negotiated. */
class PhoneDtmfTest {
    private final FakePorts ports = new FakePorts();
    private final BlockingQueue<PhoneEvent> events = new LinkedBlockingQueue<>();
    private Phone phone;

    @AfterEach
    void tearDown() {
        if (phone != null) {
            phone.shutdown(Duration.ofMillis(200));
        }
    }

    private CallId connectedCall(DtmfMode mode, boolean answerHasEvents) throws Exception {
        phone = new Phone(Account.of("1001", "127.0.0.1", 5060, Transport.UDP).withDtmf(mode), Secret.of("pw"),
                ports.signalling, ports.audio, ports.transports, Clock.systemUTC(),
                Executors.newSingleThreadScheduledExecutor(),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1800), () -> 1.0));
        phone.subscribe(events::add);
        phone.start();
        CallId id = phone.dial("600");
        assertThat(ports.nextCommand()).isEqualTo("invite 600");
        List<PayloadFormat> formats = new ArrayList<>(List.of(PayloadFormat.staticFormat(Codec.PCMU)));
        if (answerHasEvents) {
            formats.add(PayloadFormat.telephoneEvent(101));
        }
        ports.sink.accept(new SignallingEvent.Answered(id, new MediaDescription(
                new InetSocketAddress("127.0.0.1", 31000), null, formats, MediaDirection.SENDRECV, 20)));
        assertThat(ports.mediaStarted.poll(2, TimeUnit.SECONDS)).isNotNull();
        return id;
    }

    @ParameterizedTest(name = "{0}, telephone-event negotiated: {1}")
    @CsvSource({
            "RFC4733, true,  dtmf 5",
            "RFC4733, false, dtmf 5", // the session falls back to tones in the audio
            "INFO,    true,  info 5 160 ms",
            "INFO,    false, info 5 160 ms",
            "AUTO,    true,  dtmf 5",
            "AUTO,    false, info 5 160 ms"})
    void theAccountsModeChoosesThePath(DtmfMode mode, boolean events, String expected) throws Exception {
        CallId id = connectedCall(mode, events);
        phone.sendDtmf(id, '5');
        assertThat(ports.nextCommand()).as("the agent hears the key at once").isEqualTo("key tone 5");
        assertThat(ports.nextCommand()).isEqualTo(expected);
    }

    @Test
    void aCharacterThatIsNoTelephoneKeyIsRefused() throws Exception {
        CallId id = connectedCall(DtmfMode.AUTO, true);
        phone.sendDtmf(id, 'x');
        phone.sendDtmf(id, '#');
        assertThat(awaitRefusal().message()).contains("'x'");
        assertThat(ports.nextCommand()).isEqualTo("key tone #");
        assertThat(ports.nextCommand()).isEqualTo("dtmf #");
    }

    @Test
    void digitsWithoutAConnectedCallAreRefused() throws Exception {
        CallId id = connectedCall(DtmfMode.INFO, false);
        phone.sendDtmf(CallId.random(), '1');
        assertThat(awaitRefusal().message()).contains("connected call");
        phone.hangUp(id);
        assertThat(ports.nextCommand()).isEqualTo("hangup");
        assertThat(ports.nextCommand()).isEqualTo("media closed");
        phone.sendDtmf(id, '1');
        assertThat(awaitRefusal().message()).contains("connected call");
        assertThat(ports.commands).doesNotContain("info 1 160 ms");
    }

    private PhoneEvent.CommandRefused awaitRefusal() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS) instanceof PhoneEvent.CommandRefused r) {
                return r;
            }
        }
        throw new AssertionError("no CommandRefused within 2 s");
    }

    @Test
    void incomingDtmfInfoLeavesTheCallAlone() throws Exception {
        CallId id = connectedCall(DtmfMode.AUTO, true);
        ports.sink.accept(new SignallingEvent.DtmfReceived(id, '7', Duration.ofMillis(250)));
        phone.hangUp(id);
        assertThat(ports.nextCommand()).as("the call was still up to be hung up").isEqualTo("hangup");
    }
}
