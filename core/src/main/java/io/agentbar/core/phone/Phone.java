package io.agentbar.core.phone;

import io.agentbar.core.account.Account;
import io.agentbar.core.alert.AlertSignal;
import io.agentbar.core.alert.Ringer;
import io.agentbar.core.agent.AgentEvent;
import io.agentbar.core.agent.AgentRequest;
import io.agentbar.core.agent.AgentSettings;
import io.agentbar.core.agent.AgentStatus;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.agent.PauseReason;
import io.agentbar.core.account.DtmfMode;
import io.agentbar.core.account.Secret;
import io.agentbar.core.call.CallEvent;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.CallTransitions;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.call.Party;
import io.agentbar.core.dialplan.DialDecision;
import io.agentbar.core.dialplan.DialPlan;
import io.agentbar.core.media.AudioEngine;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.MediaEvent;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.media.MediaTransports;
import io.agentbar.core.media.OfferAnswer;
import io.agentbar.core.registration.RetryPolicy;
import io.agentbar.core.signalling.Signalling;
import io.agentbar.core.signalling.SignallingEvent;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The phone facade. Every command enqueues on the single signalling thread and returns at once;
 * all state (registration, calls, media sessions) is owned by that thread, so nothing here locks.
 */
public final class Phone implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Phone.class.getName());
    /** How long a CANCEL or BYE may stay unanswered before the call is closed anyway (Timer F). */
    static final Duration ENDING_GUARD = Duration.ofSeconds(32);
    /** The Duration= of a DTMF INFO: Cisco's customary 160 ms, well above any detector's minimum. */
    static final Duration DTMF_INFO_DURATION = Duration.ofMillis(160);

    private final Account account;
    private final Signalling signalling;
    private final AudioEngine audio;
    private final MediaTransports transports;
    private final Clock clock;
    private final ScheduledExecutorService loop;
    private final DialPlan dialPlan; // confined to the loop thread, like the calls it counts
    private final List<Consumer<PhoneEvent>> listeners = new CopyOnWriteArrayList<>();

    // state below is confined to the loop thread
    private final AccountRegistration registration;
    private final Map<CallId, CallRecord> calls = new LinkedHashMap<>();
    private boolean microphoneMuted;
    private boolean speakerMuted;
    private boolean started;
    private boolean shutDown;
    private final SessionControl sessions;
    private final Alerts alerts;
    private final RecordingControl recordings;
    private final Replacement replacement = new Replacement(calls, this::doHangUp, this::doAnswer);
    private final AutoAnswer autoAnswer;
    private final Forwarding forwarding;
    private final Conferencing conferences;
    private final ServerRecordingControl serverRecording;
    private final AgentControl agent;

    /** A phone with the account's dial rules (permissive by default: anything, ten calls a minute at most). */
    public Phone(Account account, Secret password, Signalling signalling, AudioEngine audio,
                 MediaTransports transports, Clock clock, ScheduledExecutorService loop, RetryPolicy retry) {
        this(account, password, signalling, audio, transports, clock, loop, retry,
                new DialPlan(account.dialRules(), clock));
    }

    public Phone(Account account, Secret password, Signalling signalling, AudioEngine audio,
                 MediaTransports transports, Clock clock, ScheduledExecutorService loop, RetryPolicy retry,
                 DialPlan dialPlan) {
        this.dialPlan = dialPlan;
        this.alerts = new Alerts();
        this.account = account;
        this.signalling = signalling;
        this.audio = audio;
        this.transports = transports;
        this.clock = clock;
        this.loop = loop;
        this.registration = new AccountRegistration(account, password, signalling, clock, retry, this::schedule,
                this::publish);
        this.sessions = new SessionControl(signalling, c -> publish(new PhoneEvent.CallChanged(c.snapshot())),
                message -> publish(new PhoneEvent.CommandRefused(message)), () -> microphoneMuted, () -> speakerMuted);
        this.recordings = new RecordingControl(c -> publish(new PhoneEvent.CallChanged(c.snapshot())),
                message -> publish(new PhoneEvent.CommandRefused(message)), account.user());
        this.autoAnswer = new AutoAnswer(clock, this::schedule, calls::values, this::doAnswer,
                c -> publish(new PhoneEvent.CallChanged(c.snapshot())));
        this.forwarding = new Forwarding(signalling, dialPlan, sessions,
                message -> publish(new PhoneEvent.CommandRefused(message)), c -> apply(c, new CallEvent.LocalForwarded()));
        this.conferences = new Conferencing(audio, sessions, c -> publish(new PhoneEvent.CallChanged(c.snapshot())),
                message -> publish(new PhoneEvent.CommandRefused(message)));
        this.serverRecording = new ServerRecordingControl(account.serverRecording(), signalling, this::doSendDtmf,
                c -> publish(new PhoneEvent.CallChanged(c.snapshot())),
                message -> publish(new PhoneEvent.CommandRefused(message)));
        this.agent = new AgentControl(signalling, clock, new FeatureCodes(signalling, transports, audio::codecs));
    }

    public Account account() {
        return account;
    }

    /**
     * Listeners are called on the signalling thread; they must hand events over, not block. A new
     * listener first receives the current state (registration, audio controls, live calls), so a
     * window opened late shows the truth at once.
     */
    public void subscribe(Consumer<PhoneEvent> listener) {
        listeners.add(listener);
        enqueue(() -> {
            listener.accept(new PhoneEvent.RegistrationChanged(registration.state()));
            listener.accept(new PhoneEvent.AudioControlsChanged(microphoneMuted, speakerMuted));
            calls.values().forEach(c -> listener.accept(new PhoneEvent.CallChanged(c.snapshot())));
        });
    }

    public void unsubscribe(Consumer<PhoneEvent> listener) {
        listeners.remove(listener);
    }

    // ---- commands -------------------------------------------------------------------------

    /** Opens the listening points. Throws when the local SIP port cannot be bound. */
    public void start() throws IOException {
        signalling.start(event -> enqueue(() -> onSignalling(event)));
        enqueue(() -> started = true);
    }

    public void register() {
        enqueue(registration::register);
    }

    public void unregister() {
        enqueue(registration::unregister);
    }

    /**
     * Dials what the agent typed. The call id is returned at once; an invalid target shows up as a
     * call that ended with {@link EndReason#INVALID_TARGET}.
     */
    public CallId dial(String typed) {
        CallId id = CallId.random();
        enqueue(() -> doDial(id, typed));
        return id;
    }

    public void answer(CallId id) {
        enqueue(() -> doAnswer(id));
    }

    /** Refuses a ringing call with 603 Decline (486 Busy Here would invite the PBX to retry). */
    public void reject(CallId id) {
        enqueue(() -> doReject(id, 603));
    }

    public void hangUp(CallId id) {
        enqueue(() -> doHangUp(id));
    }

    /** Puts a connected call on hold (re-INVITE with sendonly); its audio stops at once. */
    public void hold(CallId id) {
        enqueue(() -> with(id, c -> {
            conferences.split(c);
            sessions.hold(c);
        }));
    }

    public void resume(CallId id) {
        enqueue(() -> with(id, c -> {
            holdOthers(id);
            sessions.resume(c);
        }));
    }

    /** What plays the ringtone and the auto-answer beeps; without one the phone rings silently. */
    public void useRinger(Ringer ringer) {
        enqueue(() -> alerts.use(ringer, calls.values()));
    }

    /** The agent's ringtone switch; the auto-answer beeps still sound (see {@link AlertSignal}). */
    public void setRingtoneEnabled(boolean enabled) {
        enqueue(() -> alerts.setRingtoneEnabled(enabled, calls.values()));
    }

    /** Where recordings go: without one, starting a recording is refused with a message. */
    public void useRecorder(io.agentbar.core.recording.Recorder recorder) {
        enqueue(() -> recordings.use(recorder));
    }

    /** Starts a recording of a connected call (at most two per call), with an optional title. */
    public void startRecording(CallId id, String title) {
        enqueue(() -> with(id, c -> recordings.start(c, title)));
    }

    public void pauseRecording(CallId id, int number) {
        enqueue(() -> with(id, c -> recordings.pause(c, number)));
    }

    public void resumeRecording(CallId id, int number) {
        enqueue(() -> with(id, c -> recordings.resume(c, number)));
    }

    public void titleRecording(CallId id, int number, String title) {
        enqueue(() -> with(id, c -> recordings.title(c, number, title)));
    }

    public void stopRecording(CallId id, int number) {
        enqueue(() -> with(id, c -> recordings.stop(c, number)));
    }

    /**
     * Pauses the PBX's own recording of the call (the one its signalling indicated), the way the
     * account's {@link io.agentbar.core.account.ServerRecordingRule} says: a feature code or an INFO.
     */
    public void pauseServerRecording(CallId id) {
        enqueue(() -> withOrRefuse(id, serverRecording::pause));
    }

    public void resumeServerRecording(CallId id) {
        enqueue(() -> withOrRefuse(id, serverRecording::resume));
    }

    /** Blind transfer of a connected call to {@code target} (a number or SIP URI). */
    public void transfer(CallId id, String target) {
        enqueue(() -> with(id, c -> {
            Optional<String> normalised = DialTarget.normalise(target);
            if (normalised.isEmpty()) {
                publish(new PhoneEvent.CommandRefused("'" + target + "' is not a number or SIP address"));
                return;
            }
            // a transfer target is a call placed on the company's account: the same toll-fraud rules apply
            if (DialPlan.evaluate(dialPlan.rules(), normalised.get()) instanceof DialDecision.Refused r) {
                publish(new PhoneEvent.CommandRefused(r.message()));
                return;
            }
            // the customer leaves the agent at once: nothing after this belongs in the agent's recording
            recordings.stopAll(c);
            sessions.transfer(c, normalised.get());
        }));
    }

    /**
     * Sends a call to {@code target} (a number or SIP URI, checked by the dial plan): a ringing
     * call is redirected with 302 and ends {@link EndReason#FORWARDED}; a connected one is
     * transferred blind, for PBXs that refuse to follow a redirect.
     */
    public void forward(CallId id, String target) {
        enqueue(() -> with(id, c -> forwarding.forward(c, target)));
    }

    /** Answers incoming calls by themselves after {@code delay}; empty (the default) turns it off. */
    public void setAutoAnswer(Optional<Duration> delay) {
        enqueue(() -> autoAnswer.configure(delay));
    }

    /** Stops the countdown of a call about to be answered by itself; it rings on. */
    public void cancelAutoAnswer(CallId id) {
        enqueue(() -> with(id, autoAnswer::cancelByAgent));
    }

    /** Attended transfer: the far end of {@code id} is connected to the far end of {@code consultation}. */
    public void transfer(CallId id, CallId consultation) {
        enqueue(() -> with(id, c -> with(consultation, consult -> {
            if (external(consult)) {
                // an agent may record a colleague's hand-over, not a third party outside the company
                recordings.stopAll(c);
                recordings.stopAll(consult);
            }
            sessions.transfer(c, consult);
        })));
    }

    /** Mixes two connected calls with the agent (a held one is resumed); other calls are put on hold. */
    public void conference(CallId a, CallId b) {
        enqueue(() -> with(a, ca -> with(b, cb -> {
            conferences.join(ca, cb);
            holdOthers(a);
        })));
    }

    /** Ends the conference {@code keep} is in: the agent goes on talking to {@code keep}, the other call is held. */
    public void split(CallId keep) {
        enqueue(() -> with(keep, c -> {
            conferences.split(c);
            holdOthers(keep);
        }));
    }

    /** The agent leaves the conference: the far end of {@code id} is transferred to the other member's far end. */
    public void leaveConference(CallId id) {
        enqueue(() -> with(id, conferences::leave));
    }

    public void setMicrophoneMuted(boolean muted) {
        enqueue(() -> {
            microphoneMuted = muted;
            calls.values().forEach(sessions::applyAudio);
            publish(new PhoneEvent.AudioControlsChanged(microphoneMuted, speakerMuted));
        });
    }

    public void setSpeakerMuted(boolean muted) {
        enqueue(() -> {
            speakerMuted = muted;
            calls.values().forEach(sessions::applyAudio);
            publish(new PhoneEvent.AudioControlsChanged(microphoneMuted, speakerMuted));
        });
    }

    /** Sends one key (0-9, *, #, A-D) the way the account's {@link DtmfMode} says; the agent hears a key tone. */
    public void sendDtmf(CallId id, char digit) {
        enqueue(() -> doSendDtmf(id, digit));
    }

    /**
     * Hangs up every call, unregisters (waiting at most {@code timeout} for the registrar), closes
     * the ports and stops the signalling thread.
     */
    public void shutdown(Duration timeout) {
        CountDownLatch done = new CountDownLatch(1);
        if (!enqueue(() -> {
            List<CallId> ids = new ArrayList<>(calls.keySet());
            ids.forEach(this::doHangUp);
            agent.stop();
            registration.unregisterForShutdown(done);
        })) {
            return;
        }
        try {
            done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        CountDownLatch closed = new CountDownLatch(1);
        enqueue(() -> {
            shutDown = true;
            calls.values().forEach(this::releaseMedia);
            calls.clear();
            alerts.close();
            registration.stop();
            closed.countDown();
        });
        try {
            closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        signalling.close();
        audio.close();
        publish(new PhoneEvent.ShutDown());
        loop.shutdown();
    }

    @Override
    public void close() {
        shutdown(Duration.ofSeconds(3));
    }

    // ---- agent state (pause / ready, AgentControl) -----------------------------------------

    /**
     * Agent events come to their own listeners, on the signalling thread like phone events; a new
     * listener first receives the current {@link AgentStatus}.
     */
    public void subscribeAgent(Consumer<AgentEvent> listener) {
        agent.subscribe(listener);
        enqueue(() -> agent.greet(listener));
    }

    public void unsubscribeAgent(Consumer<AgentEvent> listener) {
        agent.unsubscribe(listener);
    }

    /**
     * Pause reasons, partial pause, presence, feature codes, the refusal of queue calls while
     * paused. Until called, the phone has the default reasons and publishes no presence.
     */
    public void configureAgent(AgentSettings settings) {
        java.util.Objects.requireNonNull(settings, "settings");
        enqueue(() -> agent.configure(settings));
    }

    /** Pauses on every channel; a reason that is not configured is refused with a message. */
    public void pause(PauseReason reason) {
        pause(Optional.of(reason), Set.of());
    }

    /** Pauses for the first configured reason (a pause key without a picker). */
    public void pause() {
        pause(Optional.empty(), Set.of());
    }

    /**
     * Pauses on {@code channels} only (empty: every channel; partial pause must be on otherwise),
     * for {@code reason} or, when empty, the first configured one.
     */
    public void pause(Optional<PauseReason> reason, Set<Channel> channels) {
        java.util.Objects.requireNonNull(reason, "reason");
        Set<Channel> chosen = Set.copyOf(channels);
        enqueue(() -> agent.pause(reason, chosen, this::refuse));
    }

    /** Back to ready on every channel. */
    public void ready() {
        ready(Set.of());
    }

    /** Back to ready on {@code channels} only (partial pause); empty means every channel. */
    public void ready(Set<Channel> channels) {
        AgentRequest.Ready request = new AgentRequest.Ready(channels);
        enqueue(() -> agent.request(request, this::refuse));
    }

    private void refuse(String message) {
        publish(new PhoneEvent.CommandRefused(message));
    }

    // ---- calls ------------------------------------------------------------------------------

    private void doDial(CallId id, String typed) {
        Optional<String> target = DialTarget.normalise(typed);
        Party remote = new Party(target.orElse(typed == null ? "" : typed.strip()), "");
        CallRecord call = new CallRecord(id, Direction.OUTGOING, remote, new CallState.Dialing(), clock.instant());
        calls.put(id, call);
        if (target.isEmpty()) {
            end(call, new CallState.Ended(EndReason.INVALID_TARGET, 0));
            publish(new PhoneEvent.CommandRefused("'" + remote.uri() + "' is not a number or SIP address"));
            return;
        }
        // dial-plan safety (reliability-security §4.8 #19): blocked prefixes, concurrent and per-minute caps
        if (dialPlan.check(target.get(), calls.size() - 1) instanceof DialDecision.Refused refused) {
            LOG.info(() -> "dial refused by the dial plan (" + refused.reason() + ")");
            end(call, new CallState.Ended(EndReason.BLOCKED, 0));
            publish(new PhoneEvent.CommandRefused(refused.message()));
            return;
        }
        holdOthers(id);
        try {
            call.transport = transports.open(signalling.localAddress());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "no media port for a new call", e);
            end(call, new CallState.Ended(EndReason.FAILED, 0));
            publish(new PhoneEvent.CommandRefused("No free audio port: " + e.getMessage()));
            return;
        }
        call.localOffer = OfferAnswer.offer(call.transport.localRtp(), audio.codecs(), MediaDirection.SENDRECV)
                .withAddresses(call.transport.localRtp(), call.transport.localRtcp())
                .withTransport(call.transport.localAttributes());
        publish(new PhoneEvent.CallChanged(call.snapshot()));
        signalling.invite(id, target.get(), call.localOffer);
    }

    /** Only one call talks at a time: starting, answering or resuming one holds the others. */
    private void holdOthers(CallId except) {
        for (CallRecord c : calls.values()) {
            if (!c.id.equals(except) && c.state instanceof CallState.Connected && !c.wanted.holds()
                    && (c.pending == null || !c.pending.holds()) && !Conferencing.together(c, calls.get(except))) {
                conferences.split(c);
                sessions.hold(c);
            }
        }
    }

    private void doAnswer(CallId id) {
        CallRecord call = calls.get(id);
        if (call == null || !(call.state instanceof CallState.Ringing)) {
            return;
        }
        Optional<OfferAnswer.Answer> answer = OfferAnswer.answer(call.remoteOffer, audio.codecs(), call.transport.localRtp());
        if (answer.isEmpty()) {
            doReject(id, 488);
            return;
        }
        holdOthers(id);
        call.negotiated = answer.get().media();
        call.remoteMedia = call.remoteOffer;
        signalling.accept(id, answer.get().local()
                .withAddresses(call.transport.localRtp(), call.transport.localRtcp())
                .withTransport(call.transport.localAttributes()));
        if (apply(call, new CallEvent.LocalAnswered(clock.instant()))) {
            startMedia(call);
        }
    }

    private void doSendDtmf(CallId id, char digit) {
        if (!DtmfMode.isDigit(digit)) {
            publish(new PhoneEvent.CommandRefused("'" + digit + "' is not a telephone key (0-9, *, #, A-D)"));
            return;
        }
        CallRecord call = calls.get(id);
        if (call == null || call.session == null) {
            publish(new PhoneEvent.CommandRefused("Digits can only be sent in a connected call"));
            return;
        }
        call.session.playKeyTone(digit);
        if (account.dtmf().sendsInfo(call.negotiated.telephoneEvent().isPresent())) {
            signalling.sendDtmfInfo(id, digit, DTMF_INFO_DURATION);
        } else {
            call.session.sendDtmf(digit);
        }
    }

    private void doReject(CallId id, int status) {
        CallRecord call = calls.get(id);
        if (call == null || !(call.state instanceof CallState.Ringing)) {
            return;
        }
        signalling.reject(id, status);
        apply(call, new CallEvent.LocalRejected(status));
    }

    private void doHangUp(CallId id) {
        CallRecord call = calls.get(id);
        if (call == null || call.state.isEnded() || call.state instanceof CallState.Ending) {
            return;
        }
        if (call.state instanceof CallState.Ringing) {
            doReject(id, 603);
            return;
        }
        signalling.hangUp(id);
        apply(call, new CallEvent.HangUpRequested());
    }

    private void onSignalling(SignallingEvent event) {
        if (shutDown || agent.handles(event)) {
            return;
        }
        switch (event) {
            case SignallingEvent.Registered r -> registration.on(r);
            case SignallingEvent.RegistrationFailed f -> registration.on(f);
            case SignallingEvent.Unregistered u -> registration.on(u);
            case SignallingEvent.IncomingCall in -> onIncoming(in);
            case SignallingEvent.Progressed p -> with(p.call(), c -> apply(c, new CallEvent.Progressed(p.status())));
            case SignallingEvent.Answered a -> with(a.call(), c -> onAnswered(c, a));
            case SignallingEvent.Confirmed c -> {
                // the ACK only confirms what LocalAnswered already did; media started at answer time
            }
            case SignallingEvent.RemoteHungUp h -> with(h.call(), c -> apply(c, new CallEvent.RemoteHungUp()));
            case SignallingEvent.Cancelled x -> with(x.call(), c -> apply(c, new CallEvent.RemoteCancelled()));
            case SignallingEvent.HungUp h -> with(h.call(), c -> apply(c, new CallEvent.HangUpCompleted(h.status())));
            case SignallingEvent.CallFailed f -> with(f.call(), c -> apply(c, new CallEvent.Failed(f.status())));
            case SignallingEvent.Reoffered r -> with(r.call(), c -> sessions.onReoffered(c, r));
            case SignallingEvent.ReofferAnswered a -> with(a.call(), c -> sessions.onAnswered(c, a));
            case SignallingEvent.ReofferFailed f -> with(f.call(), c -> sessions.onFailed(c, f));
            case SignallingEvent.TransferProgressed p -> with(p.call(), c -> {
                if (sessions.onTransferProgressed(c, p)) {
                    doHangUp(c.id); // transferred: our part of the call is over
                    if (c.consultation != null) {
                        // the target should end it on the Replaces (RFC 3891); one that ignores
                        // Replaces would leave the agent talking to a colleague who moved on
                        doHangUp(c.consultation);
                    }
                }
            });
            case SignallingEvent.DtmfReceived d -> LOG.fine(() -> "call " + d.call() + ": far end sent DTMF " + d.digit());
            case SignallingEvent.ServerRecordingIndicated r -> with(r.call(), c -> serverRecording.indicated(c, r.on()));
            case SignallingEvent.InfoAnswered a -> with(a.call(), c -> serverRecording.onInfoAnswered(c, a));
            case SignallingEvent.PresencePublished p -> {
                // AgentControl's, handled above
            }
            case SignallingEvent.PresenceRefused p -> {
                // AgentControl's, handled above
            }
        }
        agent.onRegistration(registration.state());
    }

    private void onIncoming(SignallingEvent.IncomingCall in) {
        OptionalInt paused = agent.refusal(in);
        if (paused.isPresent()) {
            signalling.reject(in.call(), paused.getAsInt()); // the agent is never rung
            return;
        }
        OptionalInt refused = replacement.refusal(in);
        if (refused.isPresent()) {
            signalling.reject(in.call(), refused.getAsInt());
            return;
        }
        CallRecord call = new CallRecord(in.call(), Direction.INCOMING, in.from(), new CallState.Ringing(), clock.instant());
        call.remoteOffer = in.offer();
        if (OfferAnswer.answer(in.offer(), audio.codecs(), in.offer().rtp()).isEmpty()) {
            // nothing we could speak: refuse without ringing the agent
            signalling.reject(in.call(), 488);
            return;
        }
        Optional<String> refusal = transports.refusal(in.offer());
        if (refusal.isPresent()) {
            // media our policy forbids (plain RTP on a secure account...): the agent is not rung
            LOG.info(() -> "incoming call refused (488): " + refusal.get());
            signalling.reject(in.call(), 488);
            return;
        }
        try {
            call.transport = transports.answer(signalling.localAddress(), in.offer());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "no media port for an incoming call", e);
            signalling.reject(in.call(), 500);
            return;
        }
        calls.put(call.id, call);
        if (replacement.takeOver(in)) {
            return; // RFC 3891 §3: answered at once, never rung
        }
        signalling.ringing(call.id);
        autoAnswer.ringing(call, in.autoAnswer());
        publish(new PhoneEvent.CallChanged(call.snapshot()));
    }

    private void onAnswered(CallRecord call, SignallingEvent.Answered a) {
        if (call.state instanceof CallState.Ending) {
            // answered while our CANCEL was under way: signalling sends the BYE
            return;
        }
        var media = OfferAnswer.complete(call.localOffer, a.answer());
        // set before the Connected snapshot goes out, so listeners see the codec with the state
        media.ifPresent(m -> call.negotiated = m);
        call.remoteMedia = a.answer();
        if (!apply(call, new CallEvent.RemoteAnswered(clock.instant()))) {
            return;
        }
        if (media.isEmpty()) {
            publish(new PhoneEvent.CommandRefused("The other side answered without a common audio codec"));
            signalling.hangUp(call.id);
            apply(call, new CallEvent.MediaFailed());
            return;
        }
        startMedia(call);
    }

    private void startMedia(CallRecord call) {
        call.transport.connect(call.remoteMedia).whenComplete((ready, failure) -> {
            if (failure != null) {
                enqueue(() -> with(call.id, c -> onMediaPathFailed(c, failure)));
            }
        });
        call.session = audio.start(call.id.value(), call.negotiated, call.transport,
                event -> enqueue(() -> onMedia(call.id, event)));
        sessions.applyAudio(call);
        call.media = new MediaState.Waiting(call.negotiated);
        publish(new PhoneEvent.CallChanged(call.snapshot()));
    }

    /** ICE or DTLS could not set up the path: a call without audio is no call, so it ends. */
    private void onMediaPathFailed(CallRecord call, Throwable failure) {
        if (call.transport == null || call.state.isEnded() || call.state instanceof CallState.Ending) {
            return;
        }
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        LOG.warning(() -> "call " + call.id + ": media path failed: " + reason);
        publish(new PhoneEvent.CommandRefused("The call's audio path could not be set up: " + reason));
        signalling.hangUp(call.id);
        apply(call, new CallEvent.MediaFailed());
    }

    private void onMedia(CallId id, MediaEvent event) {
        CallRecord call = calls.get(id);
        if (call == null) {
            return;
        }
        if (event instanceof MediaEvent.DeviceFailed d) {
            publish(new PhoneEvent.AudioDeviceFailed(d.device(), d.reason()));
        }
        MediaState next = MediaState.next(call.media, event);
        if (!next.equals(call.media)) {
            call.media = next;
            publish(new PhoneEvent.CallChanged(call.snapshot()));
        }
    }

    /** Applies a call event; publishes and cleans up. @return whether the state changed */
    private boolean apply(CallRecord call, CallEvent event) {
        Optional<CallState> next = CallTransitions.next(call.state, event);
        if (next.isEmpty()) {
            LOG.fine(() -> "call " + call.id + ": " + event + " ignored in " + call.state);
            return false;
        }
        CallState state = next.get();
        if (state instanceof CallState.Connected c) {
            call.connectedAt = c.since();
        }
        if (state instanceof CallState.Ending) {
            call.state = state;
            EndReason because = ((CallState.Ending) state).reason();
            call.endingGuard = schedule(ENDING_GUARD, () -> with(call.id, c -> end(c, new CallState.Ended(
                    c.connectedAt == null && because == EndReason.LOCAL_HANGUP ? EndReason.CANCELLED : because, 408))));
            releaseMedia(call);
            publish(new PhoneEvent.CallChanged(call.snapshot()));
            return true;
        }
        if (state instanceof CallState.Ended ended) {
            end(call, ended);
            return true;
        }
        call.state = state;
        publish(new PhoneEvent.CallChanged(call.snapshot()));
        return true;
    }

    private void end(CallRecord call, CallState.Ended ended) {
        call.state = ended;
        cancel(call.endingGuard);
        autoAnswer.cancel(call);
        releaseMedia(call);
        call.media = new MediaState.Stopped();
        calls.remove(call.id);
        publish(new PhoneEvent.CallChanged(call.snapshot()));
    }

    /** Outside the account's SIP domain: another company's phone. */
    private boolean external(CallRecord call) {
        return !Colleagues.isColleague(call.remote.uri(), account);
    }

    private void releaseMedia(CallRecord call) {
        recordings.stopAll(call);
        conferences.split(call);
        if (call.session != null) {
            call.session.close();
            call.session = null;
        }
        if (call.transport != null) {
            call.transport.close();
            call.transport = null;
        }
    }

    private void with(CallId id, Consumer<CallRecord> action) {
        CallRecord call = calls.get(id);
        if (call != null) {
            action.accept(call);
        }
    }

    private void withOrRefuse(CallId id, Consumer<CallRecord> action) {
        CallRecord call = calls.get(id);
        if (call == null) {
            publish(new PhoneEvent.CommandRefused("No such call"));
        } else {
            action.accept(call);
        }
    }

    // ---- plumbing ---------------------------------------------------------------------------

    private boolean enqueue(Runnable task) {
        try {
            loop.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    // a bug in one event must not take the phone down
                    LOG.log(Level.SEVERE, "phone task failed", e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private ScheduledFuture<?> schedule(Duration delay, Runnable task) {
        return loop.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "phone timer failed", e);
            }
        }, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    private static void cancel(ScheduledFuture<?> f) {
        if (f != null) {
            f.cancel(false);
        }
    }

    private void publish(PhoneEvent event) {
        if (event instanceof PhoneEvent.CallChanged) {
            alerts.refresh(calls.values());
        }
        for (Consumer<PhoneEvent> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "listener failed on " + event.getClass().getSimpleName(), e);
            }
        }
    }
}
