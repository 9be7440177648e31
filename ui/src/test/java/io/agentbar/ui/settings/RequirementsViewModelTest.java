package io.agentbar.ui.settings;

import io.agentbar.core.settings.CheckResult;
import io.agentbar.core.settings.Requirement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequirementsViewModelTest {
    private final SettingsFakes.Checks checks = new SettingsFakes.Checks(SettingsFakes.oneFailing());
    private final SettingsFakes.Queue background = new SettingsFakes.Queue();
    private final SettingsFakes.Queue fx = new SettingsFakes.Queue();
    private final RequirementsViewModel vm = new RequirementsViewModel(checks, background, fx);

    @Test
    void checksRunInTheBackgroundAndResultsArriveThroughTheFxExecutor() {
        vm.checkAgain();
        assertThat(vm.running().get()).isTrue();
        assertThat(vm.summary().get()).isEqualTo("Checking…");
        assertThat(checks.runs).hasValue(0);

        background.runAll();
        assertThat(checks.runs).hasValue(1);
        assertThat(vm.rows()).as("not before the FX thread takes them").isEmpty();

        fx.runAll();
        assertThat(vm.running().get()).isFalse();
        assertThat(vm.rows()).extracting(CheckRow::id).containsExactly("settings-check-devices",
                "settings-check-server", "settings-check-registration", "settings-check-codec");
        assertThat(vm.rows()).extracting(CheckRow::passed).containsExactly(true, true, false, true);
        assertThat(vm.rows().get(2).name()).isEqualTo("Registration");
        assertThat(vm.rows().get(2).hint()).contains("403");
        assertThat(vm.allPassed().get()).isFalse();
        assertThat(vm.summary().get()).startsWith("1 of 4 requirements failed");
    }

    @Test
    void checkAgainWhileRunningStartsNoSecondRun() {
        vm.checkAgain();
        vm.checkAgain();
        background.runAll();
        assertThat(checks.runs).hasValue(1);
    }

    @Test
    void aSecondRunReplacesTheRows() {
        vm.checkAgain();
        background.runAll();
        fx.runAll();
        checks.results = List.of(CheckResult.pass(Requirement.DEVICES, "ok"), CheckResult.pass(Requirement.SERVER, "ok"),
                CheckResult.pass(Requirement.REGISTRATION, "Registered"), CheckResult.pass(Requirement.CODEC, "ok"));

        vm.checkAgain();
        background.runAll();
        fx.runAll();

        assertThat(vm.rows()).hasSize(4).allMatch(CheckRow::passed);
        assertThat(vm.allPassed().get()).isTrue();
        assertThat(vm.summary().get()).isEqualTo("All requirements are met.");
    }

    @Test
    void aCheckThatThrowsIsShownNotSwallowed() {
        RequirementsViewModel broken = new RequirementsViewModel(() -> {
            throw new IllegalStateException("no network stack");
        }, Runnable::run, Runnable::run);

        broken.checkAgain();

        assertThat(broken.running().get()).isFalse();
        assertThat(broken.summary().get()).contains("no network stack");
        assertThat(broken.allPassed().get()).isFalse();
    }
}
