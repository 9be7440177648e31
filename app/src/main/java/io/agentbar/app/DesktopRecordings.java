package io.agentbar.app;

import io.agentbar.app.recording.RecordingFolder;
import io.agentbar.core.recording.RecordingPlayer;
import io.agentbar.ui.phone.FxBridge;
import io.agentbar.ui.recordings.RecordingsViewModel;
import io.agentbar.ui.BarWindow;
import javafx.application.HostServices;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The desktop's recordings window, wired: the folder the phone records into read back by
 * {@link RecordingFolder} on a reader thread of its own, played on the speaker, opened with
 * Ctrl+R on the bar or its menu. One view model for the app's life, so the window keeps its search.
 */
final class DesktopRecordings implements AutoCloseable {
    private final RecordingPlayer player;
    private final ExecutorService reader;

    private DesktopRecordings(RecordingPlayer player, ExecutorService reader) {
        this.player = player;
        this.reader = reader;
    }

    /** Call on the FX thread once the bar's scene exists. */
    static DesktopRecordings install(BarWindow bar, PhoneAssembly.Assembled assembled, PhoneAssembly.Devices devices,
                                     HostServices host) {
        Path folder = assembled.recordings();
        ZoneId zone = ZoneId.systemDefault();
        RecordingFolder catalog = new RecordingFolder(folder, assembled.recorder()::recording, assembled.uploading(),
                zone);
        RecordingPlayer player = PhoneAssembly.recordingPlayer(devices);
        ExecutorService reader = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("recordings-read").daemon().factory());
        // the folder may not exist until the first recording; the file manager then opens its parent
        Runnable showFolder = () -> host.showDocument(
                (java.nio.file.Files.isDirectory(folder) ? folder : folder.getParent()).toUri().toString());
        RecordingsViewModel vm = new RecordingsViewModel(catalog, player, FxBridge.onFxThread(), reader, zone,
                Optional.of(showFolder));
        bar.useRecordings(vm);
        return new DesktopRecordings(player, reader);
    }

    @Override
    public void close() {
        player.close();
        reader.shutdownNow();
    }
}
