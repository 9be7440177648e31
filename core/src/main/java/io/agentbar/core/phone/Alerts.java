package io.agentbar.core.phone;

import io.agentbar.core.alert.AlertSignal;
import io.agentbar.core.alert.Ringer;

import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the ringer playing the signal the calls call for. The ringer hears only changes, so a
 * call that changes a dozen times while ringing starts the ringtone once. Loop thread only.
 */
final class Alerts {
    private static final Logger LOG = Logger.getLogger(Alerts.class.getName());

    private Ringer ringer = Ringer.SILENT;
    private boolean ringtoneEnabled = true;
    private AlertSignal playing = AlertSignal.SILENCE;

    void use(Ringer next, Collection<CallRecord> calls) {
        tell(AlertSignal.SILENCE);
        ringer.close();
        ringer = next;
        refresh(calls);
    }

    void setRingtoneEnabled(boolean enabled, Collection<CallRecord> calls) {
        ringtoneEnabled = enabled;
        refresh(calls);
    }

    void refresh(Collection<CallRecord> calls) {
        tell(AlertSignal.choose(calls.stream().map(CallRecord::snapshot).toList(), ringtoneEnabled));
    }

    void close() {
        tell(AlertSignal.SILENCE);
        ringer.close();
    }

    private void tell(AlertSignal wanted) {
        if (wanted == playing) {
            return;
        }
        playing = wanted;
        try {
            ringer.play(wanted);
        } catch (RuntimeException e) {
            // a broken ringtone must not break the call that rings
            LOG.log(Level.WARNING, "ringer failed to play " + wanted, e);
        }
    }
}
