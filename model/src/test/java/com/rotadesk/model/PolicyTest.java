package com.rotadesk.model;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyTest {

    @Test
    void defaultsAreTheContractsDefaults() {
        Map<String, String> settings = Policy.defaults().asSettings();

        assertThat(settings).containsExactly(
                Map.entry("order", "sign-in"), Map.entry("carryOver", "false"), Map.entry("window", "08:00-17:30"),
                Map.entry("busyPass", "keep"), Map.entry("businessPass", "keep"), Map.entry("privatePass", "forfeit"),
                Map.entry("absentPass", "forfeit"), Map.entry("declinePass", "forfeit"), Map.entry("makeUpCap", "1"),
                Map.entry("maxDeclinesPerDay", "2"), Map.entry("referral", "to-owner"), Map.entry("voidMinutes", "5"),
                Map.entry("minCountedMinutes", "0"), Map.entry("protectionDays", "30"), Map.entry("callsOwn", "false"),
                Map.entry("surgeCounts", "true"), Map.entry("surgeEnd", "restart"));
        assertThat(settings.keySet()).containsExactlyElementsOf(Policy.KEYS);
    }

    @Test
    void everySettingRoundTripsThroughItsText() {
        Policy p = Policy.fromSettings(Map.of("order", "fixed", "makeUpCap", "-1", "window", "09:00-18:00",
                "absentPass", "disqualify", "referral", "as-new", "surgeEnd", "resume", "callsOwn", "true"));

        assertThat(Policy.fromSettings(p.asSettings())).isEqualTo(p);
        assertThat(p.order()).isEqualTo(Policy.ListOrder.FIXED);
        assertThat(p.creditAllowed(1000)).isTrue();
    }

    @Test
    void anUnknownPolicyIsRejectedNamingTheKnownOnes() {
        assertThatThrownBy(() -> Policy.defaults().with("busyPas", "keep"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("Unknown policy 'busyPas'").hasMessageContaining("busyPass");
    }

    @Test
    void aValueOutsideItsRangeIsRejectedNamingThePolicy() {
        assertThatThrownBy(() -> Policy.defaults().with("makeUpCap", "-2"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("makeUpCap")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((PolicyException) e).range())
                        .contains(new PolicyException.Range(-1, 99)));
        assertThatThrownBy(() -> Policy.defaults().with("protectionDays", "thirty"))
                .isInstanceOf(PolicyException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((PolicyException) e).range())
                        .contains(new PolicyException.Range(1, 3650)));
        assertThatThrownBy(() -> Policy.defaults().with("busyPass", "disqualify"))
                .isInstanceOf(PolicyException.class).hasMessage("Policy busyPass: 'disqualify' is not one of keep, forfeit");
        assertThatThrownBy(() -> Policy.defaults().with("window", "17:30-08:00"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> Policy.defaults().with("protectionDays", "thirty"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("protectionDays");
        assertThatThrownBy(() -> Policy.defaults().with("callsOwn", "yes"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("callsOwn");
    }

    @Test
    void theWindowIncludesItsStartAndExcludesItsEnd() {
        RotationWindow w = Policy.defaults().window();

        assertThat(w.contains(java.time.LocalTime.of(8, 0))).isTrue();
        assertThat(w.contains(java.time.LocalTime.of(17, 29))).isTrue();
        assertThat(w.contains(java.time.LocalTime.of(17, 30))).isFalse();
        assertThat(w.contains(java.time.LocalTime.of(7, 59))).isFalse();
    }
}
