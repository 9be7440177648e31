/**
 * Real SIP peers for loopback integration tests: {@link io.agentbar.app.it.peers.Kamailio} (registrar/proxy with
 * digest auth, no database) and {@link io.agentbar.app.it.peers.Baresip} (user agent playing a tone and recording
 * what it receives), both run as {@link io.agentbar.app.it.peers.PeerProcess}es on ports from
 * {@link io.agentbar.app.it.peers.Ports}.
 *
 * <p>Typical use (see {@code PeersSmokeIT}):
 * <pre>{@code
 * try (Kamailio kamailio = Kamailio.start(Map.of("bob", "secret"));
 *      Baresip bob = Baresip.start(BaresipOptions.named("b").registerAt(kamailio, "bob", "secret").autoAnswer(true).tone(1000));
 *      Baresip alice = Baresip.start(BaresipOptions.named("a").tone(440))) {
 *     alice.dial(kamailio.uri("bob"));
 *     alice.awaitCallEstablished(Duration.ofSeconds(15));
 *     alice.awaitRtpReceived(150, Duration.ofSeconds(30));   // ~3 s of audio, reported by RTCP
 *     alice.hangup();
 *     bob.awaitCallClosed(Duration.ofSeconds(15));
 *     MonoSignal heard = Wav.read(bob.receivedRecording());
 *     assertThat(SignalAnalysis.containsTone(heard, 440, 0.6)).isTrue();
 * }
 * }</pre>
 *
 * <p>Secure and WebRTC paths (see {@code SecurePeersSmokeIT}): {@link io.agentbar.app.it.peers.TestCertificates}
 * (test CA, server, wrong-host and unknown-CA certificates via openssl), {@link io.agentbar.app.it.peers.KamailioOptions}
 * (TLS, WS, WSS listeners, domain alias, rtpengine bridging), {@link io.agentbar.app.it.peers.Rtpengine},
 * {@link io.agentbar.app.it.peers.Coturn}, baresip with {@code transport("tls")}, {@code sdesSrtp(..)} or
 * {@code webrtcMedia()}, and two reference clients: {@link io.agentbar.app.it.peers.TlsCheck} (openssl s_client) and
 * {@link io.agentbar.app.it.peers.WebSocketSipProbe} (SIP over WS/WSS).
 *
 * <p>Every peer logs to {@code app/target/it-logs/<name>-<n>.log} (lines starting with {@code ##} are the harness's
 * own notes: commands, ctrl_tcp traffic and events, stop and exit code) and runs in {@code app/target/it-run/<name>-<n>}
 * (generated configs, source WAVs, recordings). Waits are event driven and bounded; a missing peer binary fails the
 * test instead of skipping it. Only loopback addresses are used.
 */
package io.agentbar.app.it.peers;
