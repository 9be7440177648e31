package io.agentbar.ui.settings;

import io.agentbar.core.settings.NotificationPosition;
import io.agentbar.core.settings.Preferences;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsViewModelTest {
    private final SettingsFakes.Store store = new SettingsFakes.Store(Preferences.defaults());
    private final SettingsFakes.Target target = new SettingsFakes.Target();
    private final SettingsFakes.Devices devices = new SettingsFakes.Devices(List.of("Speakers", "USB Headset"),
            List.of("USB Headset"));
    private final SettingsFakes.Checks checks = new SettingsFakes.Checks(SettingsFakes.oneFailing());

    private SettingsViewModel viewModel() {
        return new SettingsViewModel(SettingsFakes.PROFILE,
                new SettingsPorts(store, target, devices, checks), Runnable::run, Runnable::run);
    }

    @Test
    void theFormStartsWithWhatIsSaved() {
        store.stored = Preferences.defaults().withAutoAnswer(true, 20)
                .withNotifications(false, NotificationPosition.BOTTOM_LEFT);
        SettingsViewModel vm = viewModel();

        assertThat(vm.services().autoAnswer().get()).isTrue();
        assertThat(vm.services().delayText().get()).isEqualTo("20");
        assertThat(vm.services().messengerSound().get()).isFalse();
        assertThat(vm.services().position().get()).isEqualTo(NotificationPosition.BOTTOM_LEFT);
        assertThat(vm.autoAnswerOn().get()).isTrue();
        assertThat(vm.autoAnswerText().get()).contains("20 s");
    }

    @Test
    void saveStoresAndAppliesTheEditedPreferences() {
        SettingsViewModel vm = viewModel();
        vm.services().autoAnswer().set(true);
        vm.services().delayText().set(" 12 ");
        vm.services().position().set(NotificationPosition.TOP_LEFT);
        vm.audio().ringtoneVolume().set(0.4);
        vm.audio().speaker().set("USB Headset");

        assertThat(vm.save()).isTrue();

        Preferences expected = Preferences.defaults().withAutoAnswer(true, 12)
                .withNotifications(true, NotificationPosition.TOP_LEFT).withRingtone(true, 0.4)
                .withDevices("USB Headset", "", "");
        assertThat(store.saves).containsExactly(expected);
        assertThat(target.applied).containsExactly(expected);
        assertThat(vm.saved()).isEqualTo(expected);
        assertThat(vm.autoAnswerOn().get()).isTrue();
    }

    @Test
    void theBarsRingtoneToggleSavesAndAppliesTheSwitchAloneKeepingTheRest() {
        store.stored = Preferences.defaults().withAutoAnswer(true, 5).withRingtone(true, 0.3);
        SettingsViewModel vm = viewModel();
        vm.services().delayText().set("99"); // an edit in the open dialog is not saved by the toggle

        assertThat(vm.saveRingtone(false)).isTrue();

        Preferences expected = Preferences.defaults().withAutoAnswer(true, 5).withRingtone(false, 0.3);
        assertThat(store.saves).containsExactly(expected);
        assertThat(target.applied).containsExactly(expected);
        assertThat(vm.audio().ringtoneEnabled().get()).as("the dialog shows it").isFalse();
    }

    @Test
    void theBadgeFollowsWhatIsSavedNotWhatIsBeingEdited() {
        SettingsViewModel vm = viewModel();
        vm.services().autoAnswer().set(true);
        assertThat(vm.autoAnswerOn().get()).isFalse();

        vm.save();
        assertThat(vm.autoAnswerOn().get()).isTrue();
    }

    @Test
    void theThemeIsChosenInTheDialogSavedWithItAndTakenBackByCancel() {
        SettingsViewModel vm = viewModel();
        vm.services().theme().set(io.agentbar.core.settings.ThemeMode.DARK);
        vm.cancel();
        assertThat(vm.services().theme().get()).isEqualTo(io.agentbar.core.settings.ThemeMode.LIGHT);

        vm.services().theme().set(io.agentbar.core.settings.ThemeMode.DARK);
        assertThat(vm.save()).isTrue();

        assertThat(store.stored.theme()).isEqualTo(io.agentbar.core.settings.ThemeMode.DARK);
        assertThat(vm.savedPreferences().get().theme()).isEqualTo(io.agentbar.core.settings.ThemeMode.DARK);
    }

    @Test
    void theMenuSavesTheThemeAloneKeepingTheRest() {
        store.stored = Preferences.defaults().withAutoAnswer(true, 20);
        SettingsViewModel vm = viewModel();

        assertThat(vm.saveTheme(io.agentbar.core.settings.ThemeMode.DARK)).isTrue();

        assertThat(store.stored).isEqualTo(Preferences.defaults().withAutoAnswer(true, 20)
                .withTheme(io.agentbar.core.settings.ThemeMode.DARK));
        assertThat(vm.services().theme().get()).isEqualTo(io.agentbar.core.settings.ThemeMode.DARK);
    }

    @Test
    void cancelDiscardsTheEdits() {
        SettingsViewModel vm = viewModel();
        vm.services().autoAnswer().set(true);
        vm.services().delayText().set("30");
        vm.audio().ringtoneEnabled().set(false);

        vm.cancel();

        assertThat(vm.services().autoAnswer().get()).isFalse();
        assertThat(vm.services().delayText().get()).isEqualTo("5");
        assertThat(vm.audio().ringtoneEnabled().get()).isTrue();
        assertThat(store.saves).isEmpty();
        assertThat(target.applied).isEmpty();
    }

    @Test
    void anInvalidDelayShowsAnErrorAndNothingIsSaved() {
        SettingsViewModel vm = viewModel();
        vm.services().autoAnswer().set(true);

        for (String bad : List.of("601", "-1", "abc", "", "1.5")) {
            vm.services().delayText().set(bad);
            assertThat(vm.services().delayError().get()).as(bad).contains("0 to 600");
            assertThat(vm.save()).as(bad).isFalse();
            assertThat(vm.saveError().get()).isNotEmpty();
        }
        assertThat(store.saves).isEmpty();
        assertThat(target.applied).isEmpty();

        vm.services().delayText().set("600");
        assertThat(vm.services().delayError().get()).isEmpty();
        assertThat(vm.save()).isTrue();
        assertThat(vm.saveError().get()).isEmpty();
    }

    @Test
    void withAutoAnswerOffAnUnusableDelayKeepsTheSavedOne() {
        store.stored = Preferences.defaults().withAutoAnswer(false, 9);
        SettingsViewModel vm = viewModel();
        vm.services().delayText().set("oops");

        assertThat(vm.services().delayError().get()).isEmpty();
        assertThat(vm.save()).isTrue();
        assertThat(store.stored.autoAnswerDelaySeconds()).isEqualTo(9);
    }

    @Test
    void aStoreThatFailsLeavesEverythingAsItWas() {
        SettingsViewModel vm = viewModel();
        store.failing = true;
        vm.services().autoAnswer().set(true);

        assertThat(vm.save()).isFalse();

        assertThat(vm.saveError().get()).contains("disk full");
        assertThat(target.applied).isEmpty();
        assertThat(vm.autoAnswerOn().get()).isFalse();
        assertThat(vm.services().autoAnswer().get()).as("the edit stays for another try").isTrue();
    }

    @Test
    void openingListsDevicesWithTheSystemDefaultFirst() {
        SettingsViewModel vm = viewModel();
        vm.open();

        assertThat(vm.audio().speakers()).containsExactly("", "Speakers", "USB Headset");
        assertThat(vm.audio().microphones()).containsExactly("", "USB Headset");
        assertThat(vm.audio().deviceLabel("")).isEqualTo("System default");
        assertThat(vm.audio().deviceLabel("USB Headset")).isEqualTo("USB Headset");
    }

    @Test
    void aChosenDeviceThatIsUnpluggedStaysChosenAndMarked() {
        store.stored = Preferences.defaults().withDevices("Jabra Evolve", "", "");
        SettingsViewModel vm = viewModel();
        vm.open();

        assertThat(vm.audio().speaker().get()).isEqualTo("Jabra Evolve");
        assertThat(vm.audio().speakers()).containsExactly("", "Speakers", "USB Headset", "Jabra Evolve");
        assertThat(vm.audio().deviceLabel("Jabra Evolve")).isEqualTo("Jabra Evolve (not connected)");
        assertThat(vm.save()).isTrue();
        assertThat(store.stored.speaker()).isEqualTo("Jabra Evolve");
    }

    @Test
    void profileIsTheAccountAndTheRuntime() {
        ProfileViewModel p = viewModel().profile();
        assertThat(p.fullName()).isEqualTo("Alice Smith");
        assertThat(p.internalNumber()).isEqualTo("1001");
        assertThat(p.client()).isEqualTo("AgentBar 1.0 on Java 25.0.1+8, Linux 6.8");
    }
}
