package io.agentbar.core.dialplan;

import io.agentbar.core.dialplan.DialDecision.Allowed;
import io.agentbar.core.dialplan.DialDecision.Reason;
import io.agentbar.core.dialplan.DialDecision.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DialPlanTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Map<String, DialRules> RULES = Map.of(
            "default", DialRules.defaults(),
            "fraud", DialRules.defaults().withBlocked(DialRules.TOLL_FRAUD_PREFIXES),
            "domestic", DialRules.defaults().withInternational(false).withBlocked(List.of("0900"))
                    .withAllowed(List.of("+44 20", "0900 123")),
            "nanp", DialRules.defaults().withInternationalPrefix("011").withInternational(false));

    /** rules | typed | expected: "allowed <target> <canonical>" or the refusal reason */
    @ParameterizedTest(name = "{0}: ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            default  | 1002                            | allowed 1002 1002
            default  | +1 (900) 555-0100                | allowed +19005550100 +19005550100
            default  | 0044 20 7946 0000                | allowed 00442079460000 +442079460000
            default  | sip:alice@pbx.example.com        | allowed sip:alice@pbx.example.com alice
            default  | john.doe                         | allowed john.doe john.doe
            default  | '   '                            | INVALID
            default  | '-.-'                            | INVALID
            fraud    | +1 900 555 0100                  | BLOCKED_PREFIX
            fraud    | 001-900-555-0100                 | BLOCKED_PREFIX
            fraud    | 0900 123456                      | BLOCKED_PREFIX
            fraud    | 00 881 6 1234 5678               | BLOCKED_PREFIX
            fraud    | sip:+1-900-555-0100@pbx;user=phone | BLOCKED_PREFIX
            fraud    | sip:%2B1900555@pbx               | BLOCKED_PREFIX
            fraud    | sips:0900111@pbx.example.com     | BLOCKED_PREFIX
            fraud    | tel:+1-900-555-0100;phone-context=x | BLOCKED_PREFIX
            fraud    | 0049 30 1234                     | allowed 0049301234 +49301234
            fraud    | sip:pbx.example.com              | allowed sip:pbx.example.com
            domestic | 030 1234                         | allowed 0301234 0301234
            domestic | +49 30 1234                      | INTERNATIONAL
            domestic | 0049 30 1234                     | INTERNATIONAL
            domestic | sip:0049301234@pbx               | INTERNATIONAL
            domestic | +44 20 7946 0000                 | allowed +442079460000 +442079460000
            domestic | 00 44 20 7946 0000               | allowed 00442079460000 +442079460000
            domestic | 0900 999                         | BLOCKED_PREFIX
            domestic | 0900 123 45                      | allowed 090012345 090012345
            nanp     | 011 44 20 7946 0000              | INTERNATIONAL
            nanp     | 212 555 0100                     | allowed 2125550100 2125550100
            nanp     | 0044 20                          | allowed 004420 004420
            """)
    void rulesDecide(String rules, String typed, String expected) {
        DialDecision d = DialPlan.evaluate(RULES.get(rules), typed);
        if (expected.startsWith("allowed")) {
            String[] parts = (expected + " ").split(" ", 3);
            assertThat(d).isEqualTo(new Allowed(parts[1], parts[2].strip()));
        } else {
            assertThat(d).isInstanceOfSatisfying(Refused.class, r -> {
                assertThat(r.reason()).isEqualTo(Reason.valueOf(expected));
                assertThat(r.message()).isNotBlank();
            });
        }
    }

    @Test
    void eleventhCallInAMinuteIsRefusedUntilTheFirstLeavesTheWindow() {
        MutableClock clock = new MutableClock();
        DialPlan plan = DialPlan.permissive(clock);
        for (int i = 0; i < DialRules.DEFAULT_CALLS_PER_MINUTE; i++) {
            assertThat(plan.check("100" + i, 0)).as("call %d", i).isInstanceOf(Allowed.class);
            clock.advance(Duration.ofSeconds(1));
        }
        DialDecision eleventh = plan.check("1010", 0);
        assertThat(eleventh).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(Reason.RATE_LIMITED);
            assertThat(r.message()).contains("at most 10", "try again in 50 s");
        });
        clock.advance(Duration.ofSeconds(49));
        assertThat(plan.check("1010", 0)).isInstanceOf(Refused.class);
        clock.advance(Duration.ofSeconds(1)); // the first dial is now 60 s old
        assertThat(plan.check("1010", 0)).isInstanceOf(Allowed.class);
        assertThat(plan.check("1011", 0)).as("the second dial is still in the window").isInstanceOf(Refused.class);
    }

    @Test
    void refusedTargetsDoNotUseUpTheRate() {
        DialPlan plan = new DialPlan(DialRules.defaults().withBlocked(List.of("0900")).withCallsPerMinute(1),
                Clock.fixed(T0, ZoneOffset.UTC));
        assertThat(plan.check("0900 1", 0)).isInstanceOf(Refused.class);
        assertThat(plan.check("0900 2", 0)).isInstanceOf(Refused.class);
        assertThat(plan.check("1002", 0)).isInstanceOf(Allowed.class);
        assertThat(plan.check("1003", 0)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.RATE_LIMITED));
    }

    @Test
    void concurrentCapCountsTheCallsAlreadyUp() {
        DialPlan plan = new DialPlan(DialRules.defaults().withMaxConcurrentCalls(2), Clock.fixed(T0, ZoneOffset.UTC));
        assertThat(plan.check("1002", 1)).isInstanceOf(Allowed.class);
        assertThat(plan.check("1003", 2)).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(Reason.TOO_MANY_CALLS);
            assertThat(r.message()).contains("2 calls");
        });
    }

    @Test
    void allowListDoesNotLiftTheCaps() {
        DialPlan plan = new DialPlan(DialRules.defaults().withAllowed(List.of("+44")).withMaxConcurrentCalls(1),
                Clock.fixed(T0, ZoneOffset.UTC));
        assertThat(plan.check("+44 20", 1)).isInstanceOf(Refused.class);
    }

    @Test
    void defaultsAllowEverythingAtTenCallsAMinute() {
        DialRules d = DialRules.defaults();
        assertThat(d.internationalAllowed()).isTrue();
        assertThat(d.blocked()).isEmpty();
        assertThat(d.callsPerMinute()).isEqualTo(10);
        assertThat(d.maxConcurrentCalls()).isEqualTo(DialRules.UNLIMITED);
    }

    @Test
    void prefixesAreKeptCanonical() {
        DialRules r = DialRules.defaults().withBlocked(List.of("00 881", "+1-900", "0900"));
        assertThat(r.blocked()).containsExactly("+881", "+1900", "0900");
        assertThat(r.withInternationalPrefix("011").withBlocked(List.of("011 881")).blocked()).containsExactly("+881");
    }

    @Test
    void badRulesAreRefusedAtConfigurationTime() {
        assertThatThrownBy(() -> DialRules.defaults().withBlocked(List.of("premium"))).hasMessageContaining("premium");
        assertThatThrownBy(() -> DialRules.defaults().withBlocked(List.of(" "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DialRules.defaults().withCallsPerMinute(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DialRules.defaults().withMaxConcurrentCalls(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DialRules.defaults().withInternationalPrefix("+")).isInstanceOf(IllegalArgumentException.class);
    }

    private static final class MutableClock extends Clock {
        private Instant now = T0;

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
