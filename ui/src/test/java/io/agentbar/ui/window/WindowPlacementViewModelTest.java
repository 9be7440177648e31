package io.agentbar.ui.window;

import io.agentbar.core.settings.WindowState;
import io.agentbar.core.settings.WindowStateStore;
import io.agentbar.ui.window.WindowPlacementViewModel.Area;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPlacementViewModelTest {
    private static final Area LEFT = new Area(0, 0, 1920, 1040);
    private static final Area RIGHT = new Area(1920, 0, 1280, 1024);

    private final WindowStateStore store = WindowStateStore.inMemory();

    @Test
    void aFirstRunLetsTheSystemPlaceTheBarAtItsNaturalWidth() {
        WindowPlacementViewModel vm = new WindowPlacementViewModel(store);

        assertThat(vm.width(880, List.of(LEFT))).isEqualTo(880);
        assertThat(vm.floatingPlace(880, 56, List.of(LEFT))).isEmpty();
        assertThat(vm.alwaysOnTop().get()).isFalse();
        assertThat(vm.docked().get()).isFalse();
    }

    @Test
    void placeWidthAndTogglesSurviveARestart() throws IOException {
        WindowPlacementViewModel first = new WindowPlacementViewModel(store);
        first.moved(2000, 40, 900);
        first.alwaysOnTop().set(true);
        first.save();

        WindowPlacementViewModel next = new WindowPlacementViewModel(store);

        assertThat(next.alwaysOnTop().get()).isTrue();
        assertThat(next.width(880, List.of(LEFT, RIGHT))).isEqualTo(900);
        assertThat(next.floatingPlace(900, 56, List.of(LEFT, RIGHT))).contains(new Area(2000, 40, 900, 56));
    }

    @Test
    void aPlaceOnAScreenThatIsGoneFallsBack() throws IOException {
        store.save(WindowState.defaults().at(2000, 40, 900));
        WindowPlacementViewModel vm = new WindowPlacementViewModel(store);

        assertThat(vm.floatingPlace(900, 56, List.of(LEFT))).isEmpty();
    }

    @Test
    void aBarHangingOffTheTopOrBarelyOnScreenFallsBack() throws IOException {
        store.save(WindowState.defaults().at(100, -30, 900));
        assertThat(new WindowPlacementViewModel(store).floatingPlace(900, 56, List.of(LEFT))).isEmpty();
        store.save(WindowState.defaults().at(1900, 100, 900));
        assertThat(new WindowPlacementViewModel(store).floatingPlace(900, 56, List.of(LEFT))).isEmpty();
    }

    @Test
    void theWidthNeverExceedsTheWidestScreen() throws IOException {
        store.save(WindowState.defaults().at(0, 0, 2500));

        assertThat(new WindowPlacementViewModel(store).width(880, List.of(LEFT))).isEqualTo(1920);
    }

    @Test
    void dockedMeansTopEdgeCentredOnTheScreen() {
        assertThat(WindowPlacementViewModel.dockedPlace(RIGHT, 880, 56)).isEqualTo(new Area(2120, 0, 880, 56));
        assertThat(WindowPlacementViewModel.dockedPlace(new Area(0, 30, 800, 600), 880, 56))
                .as("narrow screen: full width, under a top panel").isEqualTo(new Area(0, 30, 800, 56));
    }

    @Test
    void dockingIsSavedAtOnceAndKeepsTheFloatingPlace() {
        WindowPlacementViewModel vm = new WindowPlacementViewModel(store);
        vm.moved(300, 200, 880);
        vm.docked().set(true);
        vm.moved(520, 0, 880); // where docking put it: not a place to float back to

        assertThat(store.load().docked()).isTrue();
        assertThat(vm.state().x()).contains(300.0);
        assertThat(vm.state().y()).contains(200.0);
    }

    @Test
    void aNarrowOrBrokenWidthIsNotKept() {
        WindowState s = new WindowState(Optional.of(1.0), Optional.of(2.0), Optional.of(100.0), false, false);

        assertThat(s.width()).isEmpty();
        assertThat(new WindowState(Optional.of(Double.NaN), Optional.of(2.0), Optional.empty(), false, false).x())
                .isEmpty();
    }
}
