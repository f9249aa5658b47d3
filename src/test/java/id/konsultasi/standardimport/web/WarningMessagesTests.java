package id.konsultasi.standardimport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;

import id.konsultasi.standardimport.ParsedStandard.WarningKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every warning the parser gives is said in words in both languages (a new kind without its words fails here). */
class WarningMessagesTests {

    @ParameterizedTest
    @ValueSource(strings = {"/messages.properties", "/messages_en.properties"})
    void everyWarningKindHasItsWords(String bundle) throws IOException, ClassNotFoundException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream(bundle)) {
            messages.load(in);
        }
        assertThat(Arrays.stream(WarningKind.values()).map(kind -> "import.warning." + kind.name()))
                .allMatch(messages::containsKey);
        // the components a warning names (package-private in the parser's package)
        Object[] components = Class.forName("id.konsultasi.standardimport.StandardComponent").getEnumConstants();
        assertThat(Arrays.stream(components).map(component -> ((Enum<?>) component).name()))
                .allMatch(name -> messages.containsKey("import.component." + name)
                        || messages.containsKey("standard.internal." + name));
    }
}
