package io.agentbar.app.settings;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Transport;
import io.agentbar.core.phone.PhoneEvent;
import io.agentbar.core.registration.RegistrationState;
import io.agentbar.core.settings.AudioDeviceCatalog;
import io.agentbar.core.settings.CheckResult;
import io.agentbar.core.settings.Requirement;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SystemRequirementsTest {
    private static final ServerReachability LOOPBACK = new ServerReachability(
            host -> InetAddress.getLoopbackAddress(), Duration.ofSeconds(2));
    private static final ServerReachability NO_DNS = new ServerReachability(host -> {
        throw new UnknownHostException(host);
    }, Duration.ofSeconds(2));

    private record Devices(List<String> speakers, List<String> microphones) implements AudioDeviceCatalog {
    }

    private static final Devices HEADSET = new Devices(List.of("USB Headset"), List.of("USB Headset"));

    @Test
    void oneResultPerRequirementInOrder() throws Exception {
        try (ServerSocket pbx = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SystemRequirements checks = new SystemRequirements(account(Transport.TCP, pbx.getLocalPort()), HEADSET, LOOPBACK);
            checks.accept(new PhoneEvent.RegistrationChanged(new RegistrationState.Registered(Instant.now())));

            List<CheckResult> results = checks.run();

            assertThat(results).extracting(CheckResult::requirement).containsExactly(Requirement.DEVICES,
                    Requirement.SERVER, Requirement.REGISTRATION, Requirement.CODEC);
            assertThat(results).allMatch(CheckResult::passed);
            assertThat(results.get(0).hint()).isEqualTo("1 speaker, 1 microphone");
            assertThat(results.get(3).hint()).contains("Opus");
        }
    }

    @Test
    void noMicrophoneFailsTheDevices() {
        CheckResult r = new SystemRequirements(account(Transport.UDP, 5060),
                new Devices(List.of("Speakers", "HDMI"), List.of()), LOOPBACK).run().get(0);
        assertThat(r.passed()).isFalse();
        assertThat(r.hint()).startsWith("2 speakers, 0 microphones");
    }

    @Test
    void aClosedTcpPortFailsTheServer() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        CheckResult r = LOOPBACK.check(account(Transport.TLS, closed), new RegistrationState.Unregistered());
        assertThat(r.passed()).isFalse();
        assertThat(r.hint()).contains(":" + closed + " (TLS) does not accept connections");
    }

    @Test
    void anUnknownHostFailsTheServer() {
        CheckResult r = NO_DNS.check(account(Transport.WSS, 443), new RegistrationState.Registered(Instant.now()));
        assertThat(r.passed()).isFalse();
        assertThat(r.hint()).startsWith("Cannot find pbx.example.com");
    }

    @Test
    void overUdpTheServerCountsAsReachableOnceRegistered() {
        Account udp = account(Transport.UDP, 5060);
        assertThat(LOOPBACK.check(udp, new RegistrationState.Registered(Instant.now())).passed()).isTrue();
        CheckResult waiting = LOOPBACK.check(udp, new RegistrationState.Registering(1));
        assertThat(waiting.passed()).isFalse();
        assertThat(waiting.hint()).contains("has not answered yet over UDP");
    }

    @Test
    void registrationFollowsThePhonesEvents() {
        SystemRequirements checks = new SystemRequirements(account(Transport.UDP, 5060), HEADSET, LOOPBACK);
        assertThat(checks.run().get(2).passed()).isFalse();

        checks.accept(new PhoneEvent.RegistrationChanged(
                new RegistrationState.Failed(403, "Forbidden", Optional.empty(), 1)));
        CheckResult refused = checks.run().get(2);
        assertThat(refused.passed()).isFalse();
        assertThat(refused.hint()).startsWith("Refused: 403 Forbidden");

        checks.accept(new PhoneEvent.RegistrationChanged(new RegistrationState.Registered(Instant.now())));
        assertThat(checks.run().get(2)).isEqualTo(CheckResult.pass(Requirement.REGISTRATION,
                "Registered as 1001@pbx.example.com"));
    }

    private static Account account(Transport transport, int port) {
        return Account.of("1001", "pbx.example.com", port, transport);
    }
}
