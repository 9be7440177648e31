package io.agentbar.app.it.peers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a WAV that a peer is recording to be closed. baresip's sndfile (libsndfile) leaves the RIFF size at 8
 * while recording and writes the real sizes when the call is destroyed, a moment after the call-closed event; reading
 * earlier would see a truncated or header-less file.
 */
final class RecordingFile {

    private RecordingFile() {
    }

    /**
     * True once the RIFF size field matches the file length. Waits on directory change events (inotify), bounded by
     * {@code timeout}; no sleeping.
     */
    static boolean awaitClosed(Path file, Duration timeout) {
        if (isClosed(file)) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            file.toAbsolutePath().getParent().register(watch,
                    StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            while (true) {
                // checked after registering, so a close that happened in between is not missed
                if (isClosed(file)) {
                    return true;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                WatchKey key = watch.poll(remaining, TimeUnit.NANOSECONDS);
                if (key == null) {
                    return isClosed(file);
                }
                key.pollEvents();
                key.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return isClosed(file);
        }
    }

    static boolean isClosed(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(8);
            long size = Files.size(file);
            if (header.length < 8 || size < 44) {
                return false;
            }
            long riffSize = Integer.toUnsignedLong(ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getInt(4));
            return riffSize + 8 == size;
        } catch (NoSuchFileException notYet) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
