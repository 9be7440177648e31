package io.agentbar.ui.theme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Colours live in the theme files only; feature stylesheets use tokens that exist; both themes define the same ones. */
class ThemeTokensTest {
    private static final Pattern COLOUR_LITERAL = Pattern.compile(
            "#[0-9a-fA-F]{3,8}\\b|\\brgba?\\(|\\bhsba?\\(|:\\s*(white|black|red|green|blue|gray|grey)\\s*;");
    private static final Pattern TOKEN_USE = Pattern.compile("-ab-[a-z0-9-]+");
    private static final Pattern TOKEN_DEFINITION = Pattern.compile("(-ab-[a-z0-9-]+)\\s*:");

    @ParameterizedTest
    @ValueSource(strings = {"/io/agentbar/ui/bar/bar.css", "/io/agentbar/ui/call/call-panel.css",
            "/io/agentbar/ui/call/incoming-call.css", "/io/agentbar/ui/theme/controls.css", "/io/agentbar/ui/bar/history.css",
            "/io/agentbar/ui/dialpad/dialpad.css", "/io/agentbar/ui/recordings/recordings.css",
            "/io/agentbar/ui/settings/settings.css", "/io/agentbar/ui/agent/agent.css",
            "/io/agentbar/ui/toast/toast.css"})
    void featureStylesheetsUseOnlyDefinedTokens(String path) throws IOException {
        String css = withoutComments(read(path));

        assertThat(COLOUR_LITERAL.matcher(css).find()).as("colour literal in " + path).isFalse();
        Set<String> used = matches(TOKEN_USE, css, 0);
        assertThat(definedTokens()).as("tokens defined in theme-light.css").containsAll(used);
    }

    @Test
    void themeDefinesTheRoleTokensTheBriefNames() throws IOException {
        assertThat(definedTokens()).contains("-ab-accent", "-ab-ok", "-ab-danger", "-ab-warn", "-ab-surface", "-ab-text");
    }

    @Test
    void theDarkThemeDefinesExactlyTheLightThemesTokens() throws IOException {
        assertThat(matches(TOKEN_DEFINITION, withoutComments(read("/io/agentbar/ui/theme/theme-dark.css")), 1))
                .isEqualTo(definedTokens());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/io/agentbar/ui/theme/theme-light.css", "/io/agentbar/ui/theme/theme-dark.css"})
    void everyTokenIsDefinedOnce(String path) throws IOException {
        String css = withoutComments(read(path));
        Matcher m = TOKEN_DEFINITION.matcher(css);
        Set<String> seen = new TreeSet<>();
        while (m.find()) {
            assertThat(seen.add(m.group(1))).as("defined twice: " + m.group(1)).isTrue();
        }
    }

    private static Set<String> definedTokens() throws IOException {
        return matches(TOKEN_DEFINITION, withoutComments(read("/io/agentbar/ui/theme/theme-light.css")), 1);
    }

    private static Set<String> matches(Pattern p, String text, int group) {
        Set<String> found = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static String read(String path) throws IOException {
        try (InputStream in = ThemeTokensTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
