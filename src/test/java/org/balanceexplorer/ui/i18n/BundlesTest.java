package org.balanceexplorer.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every key of the English bundle is in the Urdu and Hindi ones and the other way round; every value is a pattern. */
class BundlesTest {

    @AfterEach
    void backToEnglish() {
        I18n.use(Settings.Language.EN, Settings.Digits.LATIN);
    }

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(
                "/org/balanceexplorer/ui/i18n/messages" + suffix + ".properties")) {
            assertThat(in).as("bundle messages%s.properties", suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() throws IOException {
        Set<String> english = new TreeSet<>(bundle("").stringPropertyNames());
        for (String suffix : new String[] {"_ur", "_hi"}) {
            Set<String> other = new TreeSet<>(bundle(suffix).stringPropertyNames());
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(other);
            Set<String> extra = new TreeSet<>(other);
            extra.removeAll(english);
            assertThat(missing).as("keys of the English bundle missing from messages%s", suffix).isEmpty();
            assertThat(extra).as("keys of messages%s the English bundle lacks", suffix).isEmpty();
        }
    }

    @Test
    void everyValueIsAMessagePatternWithTheEnglishArguments() throws IOException {
        Properties en = bundle("");
        for (String suffix : new String[] {"", "_ur", "_hi"}) {
            Properties p = bundle(suffix);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertThat(value.strip()).as("%s in messages%s", key, suffix).isNotEmpty();
                MessageFormat f = new MessageFormat(value, Locale.ROOT);
                MessageFormat e = new MessageFormat(en.getProperty(key, value), Locale.ROOT);
                assertThat(f.getFormatsByArgumentIndex().length).as("arguments of %s in messages%s", key, suffix)
                        .isEqualTo(e.getFormatsByArgumentIndex().length);
                assertThat(value.replace("''", "")).as("a lone apostrophe in %s of messages%s (write '')", key, suffix)
                        .doesNotContain("'");
            }
        }
    }

    @Test
    void urduAndHindiWordsAreReadInTheirOwnScript() {
        I18n.use(Settings.Language.UR, Settings.Digits.LATIN);
        assertThat(I18n.text("tab.claims")).isEqualTo("دعوے");
        I18n.use(Settings.Language.HI, Settings.Digits.LATIN);
        assertThat(I18n.text("tab.claims")).isEqualTo("दावे");
        I18n.use(Settings.Language.EN, Settings.Digits.LATIN);
        assertThat(I18n.text("tab.claims")).isEqualTo("Claims");
    }

    @Test
    void nativeDigitsAreTheLanguagesOwnAndLatinStaysLatin() {
        I18n.use(Settings.Language.UR, Settings.Digits.NATIVE);
        assertThat(I18n.km(2750)).contains("۲").contains("۷۵۰").doesNotContain("2");
        I18n.use(Settings.Language.HI, Settings.Digits.NATIVE);
        assertThat(I18n.km(2750)).contains("२").contains("७५०");
        assertThat(I18n.text("filters.titleInUse", 3)).contains("३");
        I18n.use(Settings.Language.HI, Settings.Digits.LATIN);
        assertThat(I18n.km(2750)).contains("2,750");
        I18n.use(Settings.Language.EN, Settings.Digits.NATIVE);
        assertThat(I18n.km(2750)).isEqualTo("2,750 km");
    }

    @Test
    void onlyUrduRunsRightToLeft() {
        I18n.use(Settings.Language.UR, Settings.Digits.LATIN);
        assertThat(I18n.rightToLeft()).isTrue();
        I18n.use(Settings.Language.HI, Settings.Digits.LATIN);
        assertThat(I18n.rightToLeft()).isFalse();
    }
}
