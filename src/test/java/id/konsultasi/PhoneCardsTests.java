package id.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A table that becomes cards on a phone ({@code table-cards} in app.css) shows each value under its column's name:
 * every cell of its rows carries a {@code data-label} from the bundles, except the action cell (a button names
 * itself), a total's own header and a cell left empty (hidden in a card), so that no value loses its name when a list
 * is added to or a column is changed.
 */
class PhoneCardsTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void everyCellOfACardTableIsNamed() throws IOException {
        List<String> unnamed = new ArrayList<>();
        int tables = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(Files.readString(file));
                for (Element table : page.select("table.table-cards")) {
                    tables++;
                    for (Element cell : table.select("> tbody > tr > *, > tfoot > tr > *")) {
                        boolean named = cell.attr("th:attr").contains("data-label=#{") || cell.hasClass("card-action")
                                || footer(cell) || empty(cell);
                        if (!named) {
                            unnamed.add(TEMPLATES.relativize(file) + ": " + cell.outerHtml().lines().findFirst().orElse(""));
                        }
                    }
                }
            }
        }
        assertThat(tables).as("tables that become cards on a phone").isGreaterThanOrEqualTo(15);
        assertThat(unnamed).as("cells without the name of their column").isEmpty();
    }

    /** The header of a total below the table: it names its own row. */
    static boolean footer(Element cell) {
        return cell.tagName().equals("th") && cell.parent().parent().tagName().equals("tfoot");
    }

    /** A cell with neither text nor content: {@code td:empty} is not shown in a card. */
    static boolean empty(Element cell) {
        return cell.childNodeSize() == 0 && cell.attributes().asList().stream().noneMatch(a -> a.getKey().startsWith("th:"));
    }
}
