package org.balanceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.balanceexplorer.data.Settings;
import org.junit.jupiter.api.Test;

class StartupLanguageOptionsTest {

    @Test
    void langAndDigitsAreTheAppsOwnOptions() {
        StartupOptions o = StartupOptions.parse(List.of("--lang=ur", "--digits=native", "--show=agni-5")).orElseThrow();
        assertThat(o.language()).isEqualTo(Settings.Language.UR);
        assertThat(o.digitsChoice()).isEqualTo(Settings.Digits.NATIVE);
        assertThat(o.usageProblem()).isNull();
    }

    @Test
    void withoutThemTheSettingsDecide() {
        StartupOptions o = StartupOptions.parse(List.of("--show=agni-5")).orElseThrow();
        assertThat(o.language()).isNull();
        assertThat(o.digitsChoice()).isNull();
    }

    @Test
    void anUnknownLanguageIsAUsageProblemInPlainWords() {
        StartupOptions o = StartupOptions.parse(List.of("--lang=fr")).orElseThrow();
        assertThat(o.usageProblem()).contains("--lang=fr").contains("en, ur, hi");
        assertThat(StartupOptions.parse(List.of("--digits=roman")).orElseThrow().usageProblem()).contains("latin or native");
    }
}
