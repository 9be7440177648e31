package io.agentbar.app.it;

import io.agentbar.app.Main;
import io.agentbar.app.it.peers.Baresip;
import io.agentbar.app.it.peers.BaresipOptions;
import io.agentbar.app.it.peers.ItPaths;
import io.agentbar.app.it.peers.Kamailio;
import io.agentbar.app.it.peers.PeerProcess;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.agentbar.app.it.ApiClient.callId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code agentbar serve} in its own process records a three-way conference built through the API
 * and is killed (SIGKILL) in the middle of it: the recording must still be an Ogg Opus file the
 * reference tools read, with the conference's audio (our 700 Hz left, the customer's 1000 Hz and the
 * colleague's 440 Hz right), and its sidecar valid JSON that says it was recording.
 */
class RecordingKillIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String TOKEN = "recording-kill-token-0123456789";
    private static final double CUSTOMER_HZ = 1000;
    private static final double COLLEAGUE_HZ = 440;
    /** The ID and comment headers, then one page per second of audio. */
    private static final int HEADER_PAGES = 2;
    private static final int AUDIO_PAGES = 3;

    @Test
    void aConferenceRecordingSurvivesKillingTheAppDuringTheCall() throws Exception {
        Path run = ItPaths.newRunDirectory("recording-kill");
        Path recordings = run.resolve("recordings");
        Path agentTone = ToneFiles.tone("kill-agent", ToneFiles.OURS_HZ, 8000, 1);
        try (Kamailio kamailio = Kamailio.start(Map.of("1001", "pw-1001", "1002", "pw-1002", "1003", "pw-1003"));
             Baresip customer = Baresip.start(BaresipOptions.named("kill-b").autoAnswer(true).codecs("PCMU")
                     .tone(CUSTOMER_HZ).registerAt(kamailio, "1002", "pw-1002"));
             Baresip colleague = Baresip.start(BaresipOptions.named("kill-c").autoAnswer(true).codecs("PCMU")
                     .tone(COLLEAGUE_HZ).registerAt(kamailio, "1003", "pw-1003"))) {
            customer.awaitRegistered(WAIT);
            colleague.awaitRegistered(WAIT);
            try (PeerProcess serve = PeerProcess.start("agentbar-serve-kill", serve(run, kamailio, recordings, agentTone))) {
                ApiClient api = ApiClient.announced(serve.awaitLine(Pattern.compile(ApiClient.LISTENING), WAIT).match(), TOKEN);
                serve.awaitLine(Pattern.compile("^registered"), WAIT);
                LineLog events = api.events();

                String call = callId(api.post("/api/originate/1002"));
                customer.awaitRtpReceived(25, WAIT); // connected, and our audio reaches the customer
                String second = callId(api.post("/api/originate/1003")); // holds the customer
                colleague.awaitRtpReceived(25, WAIT);
                assertThat(api.post("/api/conference").statusCode()).isEqualTo(200);
                events.await("\"id\":\"" + call + "\".*\"hold\":\\{\"local\":false.*\"conferencedWith\":\\[\"" + second + "\"\\]", WAIT);
                HttpResponse<String> started = api.post("/api/record/start?call=" + call);
                assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
                Path recording = awaitAudioPages(recordings, HEADER_PAGES + AUDIO_PAGES);

                ProcessHandle process = ProcessHandle.of(serve.pid()).orElseThrow();
                assertThat(process.destroyForcibly()).as("SIGKILL sent").isTrue();
                assertThat(process.onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS).isAlive()).isFalse();
                assertThat(serve.lines()).as("killed, not stopped").noneMatch(l -> l.startsWith("stopping"));

                assertReadable(recording);
                assertSidecar(recording, call);
            }
        }
    }

    /** {@code agentbar serve} as {@code ./agentbar} runs it, on the test's class path, its files in {@code run}. */
    private static ProcessBuilder serve(Path run, Kamailio kamailio, Path recordings, Path agentTone) {
        List<String> command = Stream.concat(Stream.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                        Main.class.getName(), "serve"),
                Stream.of("--server", kamailio.hostPort(), "--transport", "udp", "--user", "1001", "--password-env",
                        "AB_PW", "--api-port", "0", "--api-token-env", "AB_API_TOKEN", "--codec", "pcmu",
                        "--play", agentTone.toString(), "--recordings", recordings.toString())).toList();
        ProcessBuilder builder = new ProcessBuilder(command).directory(run.toFile());
        Map<String, String> env = builder.environment();
        env.put("AB_PW", "pw-1001");
        env.put("AB_API_TOKEN", TOKEN);
        // nothing of the user's: settings, logs and the default recordings folder all under the run directory
        env.put("XDG_CONFIG_HOME", run.resolve("config").toString());
        env.put("XDG_DATA_HOME", run.resolve("data").toString());
        env.put("XDG_STATE_HOME", run.resolve("state").toString());
        env.put("XDG_CACHE_HOME", run.resolve("cache").toString());
        return builder;
    }

    /**
     * Waits, on directory events, for a recording in {@code folder} with {@code pages} complete Ogg pages
     * on disk (the writer appends whole pages, so a page's capture pattern means the previous one is complete).
     */
    private static Path awaitAudioPages(Path folder, int pages) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        long deadline = System.nanoTime() + WAIT.toNanos();
        try (WatchService watch = folder.getFileSystem().newWatchService()) {
            folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            while (true) {
                Optional<Path> recording = recording(folder);
                if (recording.isPresent() && oggPages(recording.get()) > pages) {
                    return recording.get();
                }
                long left = deadline - System.nanoTime();
                assertThat(left).as("a recording with %s pages in %s", pages, folder).isPositive();
                WatchKey key = watch.poll(left, TimeUnit.NANOSECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
    }

    private static Optional<Path> recording(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".opus")).findFirst();
        }
    }

    private static int oggPages(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int pages = 0;
        for (int i = 0; i + 4 <= b.length; i++) {
            if (b[i] == 'O' && b[i + 1] == 'g' && b[i + 2] == 'g' && b[i + 3] == 'S') {
                pages++;
            }
        }
        return pages;
    }

    private static void assertReadable(Path recording) throws Exception {
        // a stream cut off by the kill has no end-of-stream page: opusinfo warns about that (and exits 1
        // for it), and about nothing else
        CallRecordingFiles.Tool info = CallRecordingFiles.tool("opusinfo", recording.toString());
        List<String> complaints = info.output().lines().filter(l -> l.matches("(?i).*(warning|error).*")).toList();
        assertThat(complaints).as("opusinfo " + recording + ":\n" + info.output())
                .allMatch(l -> l.contains("EOS not set"));
        assertThat(info.exit()).as("opusinfo exit").isLessThanOrEqualTo(complaints.isEmpty() ? 0 : 1);
        assertThat(info.output()).contains("Channels: 2", "Playback length").doesNotContainIgnoringCase("corrupt")
                .doesNotContainIgnoringCase("hole");
        CallRecordingFiles.Channels channels = CallRecordingFiles.decode(recording);
        double seconds = channels.right().durationSeconds();
        assertThat(seconds).as("seconds decoded from the killed recording").isGreaterThanOrEqualTo(AUDIO_PAGES - 1);
        double to = seconds - 0.5;
        for (double hz : new double[] {CUSTOMER_HZ, COLLEAGUE_HZ}) {
            assertThat(CallRecordingFiles.toneShare(channels.right(), 0.5, to, hz))
                    .as("both conference peers on the right: %s Hz", hz).isGreaterThan(0.25);
        }
        assertThat(CallRecordingFiles.toneShare(channels.left(), 0.5, to, ToneFiles.OURS_HZ))
                .as("the agent on the left").isGreaterThan(0.5);
        assertThat(CallRecordingFiles.toneShare(channels.left(), 0.5, to, CUSTOMER_HZ))
                .as("not the customer on the left").isLessThan(0.02);
        assertThat(CallRecordingFiles.toneShare(channels.right(), 0.5, to, ToneFiles.OURS_HZ))
                .as("not the agent on the right").isLessThan(0.02);
    }

    private static void assertSidecar(Path recording, String call) throws IOException {
        String json = Files.readString(CallRecordingFiles.sidecar(recording), StandardCharsets.UTF_8);
        Object parsed = StrictJson.parse(json);
        assertThat(parsed).as(json).isInstanceOf(Map.class);
        Map<?, ?> metadata = (Map<?, ?>) parsed;
        assertThat(metadata.get("state")).as("killed while recording: " + json).isEqualTo("recording");
        assertThat(metadata.get("file")).isEqualTo(recording.getFileName().toString());
        assertThat(metadata.get("callId")).isEqualTo(call);
        assertThat(metadata.get("channels")).isEqualTo("left: agent, right: customer");
    }
}
