package io.agentbar.ui.settings;

import io.agentbar.core.settings.Preferences;
import io.agentbar.core.settings.Profile;
import io.agentbar.core.settings.ThemeMode;
import io.agentbar.ui.text.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The settings dialog. The tabs edit a form; {@link #save()} validates it, stores it and applies it,
 * {@link #cancel()} throws it away. {@link #autoAnswerOn()} follows what is saved, not what is being
 * edited: the bar's red auto-answer mark shows what the phone will really do.
 */
public final class SettingsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsViewModel.class);

    private final SettingsPorts ports;
    private final Executor background;
    private final Executor fx;
    private final ProfileViewModel profile;
    private final ServicesViewModel services = new ServicesViewModel();
    private final AudioViewModel audio = new AudioViewModel();
    private final RequirementsViewModel requirements;
    private final ReadOnlyBooleanWrapper autoAnswerOn = new ReadOnlyBooleanWrapper(this, "autoAnswerOn");
    private final ReadOnlyStringWrapper autoAnswerText = new ReadOnlyStringWrapper(this, "autoAnswerText", "");
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError", "");
    private final ReadOnlyObjectWrapper<Preferences> savedProperty = new ReadOnlyObjectWrapper<>(this, "saved");
    private Preferences saved;

    /**
     * Loads the saved preferences (a small file: read on the calling thread).
     *
     * @param background runs device listing and requirement checks
     * @param fx         brings their results back to the thread this view model lives on
     */
    public SettingsViewModel(Profile profile, SettingsPorts ports, Executor background, Executor fx) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.profile = new ProfileViewModel(Objects.requireNonNull(profile, "profile"));
        this.requirements = new RequirementsViewModel(ports.requirements(), background, fx);
        this.saved = ports.store().load();
        showSaved();
    }

    /** The dialog opens: the saved preferences, the devices there are now, and a fresh check. */
    public void open() {
        showSaved();
        refreshDevices();
        requirements.checkAgain();
    }

    /**
     * Validates, stores and applies the form.
     *
     * @return true when saved; false when the form is invalid or the store failed (the reason is
     *         shown) and nothing changed
     */
    public boolean save() {
        Optional<Preferences> edited = services.edit(saved).map(audio::edit);
        if (edited.isEmpty()) {
            saveError.set(Messages.get("settings.save.invalid"));
            return false;
        }
        Preferences p = edited.get();
        try {
            ports.store().save(p);
        } catch (IOException e) {
            LOG.warn("preferences not saved", e);
            saveError.set(Messages.get("settings.save.failed", String.valueOf(e.getMessage())));
            return false;
        }
        saved = p;
        ports.target().apply(p);
        showSaved();
        return true;
    }

    /**
     * Saves only the theme (the bar's menu): the rest stays as saved.
     *
     * @return false when the store failed; the theme still shows for this session
     */
    public boolean saveTheme(ThemeMode theme) {
        Preferences p = saved.withTheme(theme);
        try {
            ports.store().save(p);
        } catch (IOException e) {
            LOG.warn("theme not saved", e);
            services.theme().set(theme);
            return false;
        }
        saved = p;
        showSaved();
        return true;
    }

    /**
     * Saves and applies only the ringtone switch (the bar's toggle): the rest stays as saved. When
     * the store fails the switch still applies, for this session.
     *
     * @return false when the store failed
     */
    public boolean saveRingtone(boolean enabled) {
        Preferences p = saved.withRingtone(enabled, saved.ringtoneVolume());
        boolean stored = true;
        try {
            ports.store().save(p);
        } catch (IOException e) {
            LOG.warn("ringtone switch not saved", e);
            stored = false;
        }
        saved = p;
        ports.target().apply(p);
        showSaved();
        return stored;
    }

    /** Throws the edits away. */
    public void cancel() {
        showSaved();
    }

    /** What is stored and in effect. */
    public Preferences saved() {
        return saved;
    }

    /** {@link #saved()} as it changes: the bar follows the toast corner and the theme from here. */
    public ReadOnlyObjectProperty<Preferences> savedPreferences() {
        return savedProperty.getReadOnlyProperty();
    }

    private void showSaved() {
        savedProperty.set(saved);
        services.show(saved);
        audio.show(saved);
        saveError.set("");
        autoAnswerOn.set(saved.autoAnswer());
        autoAnswerText.set(saved.autoAnswer()
                ? Messages.get("settings.autoAnswer.badgeText", Integer.toString(saved.autoAnswerDelaySeconds()))
                : "");
    }

    private void refreshDevices() {
        background.execute(() -> {
            List<String> speakers;
            List<String> microphones;
            try {
                speakers = ports.devices().speakers();
                microphones = ports.devices().microphones();
            } catch (RuntimeException e) {
                LOG.warn("audio devices could not be listed", e);
                return;
            }
            fx.execute(() -> audio.showDevices(speakers, microphones));
        });
    }

    public ProfileViewModel profile() {
        return profile;
    }

    public ServicesViewModel services() {
        return services;
    }

    public AudioViewModel audio() {
        return audio;
    }

    public RequirementsViewModel requirements() {
        return requirements;
    }

    /** Whether calls are answered by themselves (as saved): the bar shows the red mark while true. */
    public ReadOnlyBooleanProperty autoAnswerOn() {
        return autoAnswerOn.getReadOnlyProperty();
    }

    /** "Auto answer after 5 s" while on; the mark's tooltip. */
    public ReadOnlyStringProperty autoAnswerText() {
        return autoAnswerText.getReadOnlyProperty();
    }

    /** Why the last Save did nothing; empty otherwise. */
    public ReadOnlyStringProperty saveError() {
        return saveError.getReadOnlyProperty();
    }
}
