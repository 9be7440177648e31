package io.agentbar.ui.toast;

import io.agentbar.core.settings.NotificationPosition;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ToastsViewModelTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final ToastsViewModel toasts = new ToastsViewModel();

    @Test
    void toastsStackOldestFirstWithIncreasingNumbers() {
        Toast a = toasts.show(Toast.Kind.INFO, "one", T0);
        Toast b = toasts.show(Toast.Kind.WARNING, "two", T0.plusSeconds(1));

        assertThat(toasts.shown()).containsExactly(a, b);
        assertThat(b.number()).isGreaterThan(a.number());
        assertThat(b.until()).isEqualTo(T0.plusSeconds(1).plus(ToastsViewModel.LIFETIME));
    }

    @Test
    void theOldestGoesWhenMoreThanThreeWouldShow() {
        for (int i = 1; i <= 4; i++) {
            toasts.show(Toast.Kind.INFO, "toast " + i, T0);
        }

        assertThat(toasts.shown()).extracting(Toast::text).containsExactly("toast 2", "toast 3", "toast 4");
    }

    @Test
    void theSameTextAgainRefreshesInsteadOfStacking() {
        toasts.show(Toast.Kind.WARNING, "refused", T0);
        toasts.show(Toast.Kind.INFO, "other", T0);
        Toast again = toasts.show(Toast.Kind.WARNING, "refused", T0.plusSeconds(5));

        assertThat(toasts.shown()).extracting(Toast::text).containsExactly("other", "refused");
        assertThat(toasts.shown().getLast()).isEqualTo(again);
        assertThat(again.until()).isEqualTo(T0.plusSeconds(5).plus(ToastsViewModel.LIFETIME));
    }

    @Test
    void eachFadesWhenItsTimeIsUp() {
        toasts.show(Toast.Kind.INFO, "first", T0);
        toasts.show(Toast.Kind.INFO, "second", T0.plusSeconds(3));

        toasts.tick(T0.plus(ToastsViewModel.LIFETIME).minusMillis(1));
        assertThat(toasts.shown()).hasSize(2);
        toasts.tick(T0.plus(ToastsViewModel.LIFETIME));
        assertThat(toasts.shown()).extracting(Toast::text).containsExactly("second");
        toasts.tick(T0.plusSeconds(3).plus(ToastsViewModel.LIFETIME));
        assertThat(toasts.shown()).isEmpty();
    }

    @Test
    void theAgentCanCloseOne() {
        Toast t = toasts.show(Toast.Kind.ERROR, "device lost", T0);

        toasts.dismiss(t);

        assertThat(toasts.shown()).isEmpty();
    }

    @Test
    void theDefaultCornerIsTopRightAndCornersSplitIntoSides() {
        assertThat(toasts.position().get()).isEqualTo(NotificationPosition.TOP_RIGHT);
        assertThat(ToastsViewModel.atBottom(NotificationPosition.BOTTOM_LEFT)).isTrue();
        assertThat(ToastsViewModel.atBottom(NotificationPosition.TOP_LEFT)).isFalse();
        assertThat(ToastsViewModel.atLeft(NotificationPosition.TOP_LEFT)).isTrue();
        assertThat(ToastsViewModel.atLeft(NotificationPosition.BOTTOM_RIGHT)).isFalse();
    }
}
