package io.agentbar.ui.settings;

import io.agentbar.core.settings.AudioDeviceCatalog;
import io.agentbar.core.settings.CheckResult;
import io.agentbar.core.settings.Preferences;
import io.agentbar.core.settings.PreferencesStore;
import io.agentbar.core.settings.PreferencesTarget;
import io.agentbar.core.settings.Profile;
import io.agentbar.core.settings.Requirement;
import io.agentbar.core.settings.RequirementCheck;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** In-memory stand-ins for the settings ports, recording what they were asked. */
public final class SettingsFakes {
    public static final Profile PROFILE = new Profile("Alice Smith", "1001", "1.0", "25.0.1+8", "Linux 6.8");

    private SettingsFakes() {
    }

    /** Holds preferences in memory; {@link #failing} makes the next saves throw. */
    public static final class Store implements PreferencesStore {
        public volatile Preferences stored;
        public final List<Preferences> saves = new CopyOnWriteArrayList<>();
        public volatile boolean failing;

        public Store(Preferences initial) {
            this.stored = initial;
        }

        @Override
        public Preferences load() {
            return stored;
        }

        @Override
        public void save(Preferences p) throws IOException {
            if (failing) {
                throw new IOException("disk full");
            }
            saves.add(p);
            stored = p;
        }
    }

    /** Records every preferences applied. */
    public static final class Target implements PreferencesTarget {
        public final List<Preferences> applied = new CopyOnWriteArrayList<>();

        @Override
        public void apply(Preferences p) {
            applied.add(p);
        }
    }

    public record Devices(List<String> speakers, List<String> microphones) implements AudioDeviceCatalog {
    }

    /** Answers with fixed results and counts its runs. */
    public static final class Checks implements RequirementCheck {
        public volatile List<CheckResult> results;
        public final AtomicInteger runs = new AtomicInteger();

        public Checks(List<CheckResult> results) {
            this.results = results;
        }

        @Override
        public List<CheckResult> run() {
            runs.incrementAndGet();
            return results;
        }
    }

    /** Devices, server and codec pass; registration fails. */
    public static List<CheckResult> oneFailing() {
        return List.of(CheckResult.pass(Requirement.DEVICES, "2 speakers, 1 microphone"),
                CheckResult.pass(Requirement.SERVER, "pbx.example.com:5061 (TLS) accepts connections"),
                CheckResult.fail(Requirement.REGISTRATION, "Refused: 403 Forbidden — check your credentials with your administrator"),
                CheckResult.pass(Requirement.CODEC, "Opus and G.711 available"));
    }

    /** Tasks run later, when the test says: to see the view model while a check is under way. */
    public static final class Queue implements java.util.concurrent.Executor {
        private final List<Runnable> tasks = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable task) {
            tasks.add(task);
        }

        public void runAll() {
            List<Runnable> now;
            synchronized (this) {
                now = List.copyOf(tasks);
                tasks.clear();
            }
            now.forEach(Runnable::run);
        }
    }
}
