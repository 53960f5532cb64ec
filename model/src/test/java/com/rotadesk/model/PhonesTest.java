package com.rotadesk.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhonesTest {

    @Test
    void phonesAreKeyedByTheirDigits() {
        assertThat(Phones.normalise("138-0000 0001")).isEqualTo("13800000001");
        assertThat(Phones.normalise(" ")).isNull();
        assertThat(Phones.normalise(null)).isNull();
    }

    @Test
    void aMobileIsMaskedInTheMiddle() {
        assertThat(Phones.mask("13812345678")).isEqualTo("138****5678");
        assertThat(Phones.mask("07312345678")).isEqualTo("073****5678");
    }

    @Test
    void mobilesAndLandlinesWithAreaCodeArePlausible() {
        assertThat(Phones.plausible("13812345678")).isTrue();
        assertThat(Phones.plausible("073188881234")).isTrue();
        assertThat(Phones.plausible("1381234567")).isFalse();
        assertThat(Phones.plausible("88881234")).isFalse();
    }
}
