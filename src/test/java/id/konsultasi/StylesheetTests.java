package id.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A rule left open swallows every rule after it: the browser then drops them all without a word
 * (this happened once in a merge and cost the tinted rows their link contrast). Every block closes,
 * and only an at-rule holds other rules.
 */
class StylesheetTests {

    static final Path STYLESHEET = Path.of("src/main/resources/static/css/app.css");

    @Test
    void everyRuleOfTheStylesheetCloses() throws IOException {
        String css = Files.readString(STYLESHEET).replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> problems = new ArrayList<>();
        List<String> open = new ArrayList<>();
        int line = 1;
        StringBuilder selector = new StringBuilder();
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            if (c == '{') {
                String head = selector.toString().trim();
                if (!open.isEmpty() && !open.get(open.size() - 1).startsWith("@")) {
                    problems.add("line " + line + ": '" + head + "' opens inside '" + open.get(open.size() - 1) + "'");
                }
                open.add(head);
                selector.setLength(0);
            } else if (c == '}') {
                if (open.isEmpty()) {
                    problems.add("line " + line + ": a '}' closes nothing");
                } else {
                    open.remove(open.size() - 1);
                }
                selector.setLength(0);
            } else if (c == ';') {
                selector.setLength(0);
            } else {
                selector.append(c);
            }
        }
        open.forEach(head -> problems.add("'" + head + "' never closes"));
        assertThat(problems).isEmpty();
    }
}
