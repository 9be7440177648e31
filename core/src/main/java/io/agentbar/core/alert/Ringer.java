package io.agentbar.core.alert;

/**
 * Plays an alert pattern on the ringtone device until told otherwise. Called on the phone's loop
 * thread only when the wanted signal changes, so an adapter must return at once (it plays on its
 * own thread) and must not throw for a missing device: it reports that in its own log and stays quiet.
 */
public interface Ringer extends AutoCloseable {

    void play(AlertSignal signal);

    @Override
    void close();

    /** For phones without a ringtone device (headless runs, tests). */
    Ringer SILENT = new Ringer() {
        @Override
        public void play(AlertSignal signal) {
            // nothing to play on
        }

        @Override
        public void close() {
            // nothing to release
        }
    };
}
