package id.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.konsultasi.shared.Labelled;
import id.konsultasi.shared.upload.UploadRules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.unit.DataSize;

/**
 * Every visible text comes from the bundles: no literal text in a template, every key a template or
 * a labelled enum uses exists, and both languages have the same keys.
 */
class MessageBundleTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** text that is not language: punctuation, symbols, digits */
    static final Pattern NOT_WORDS = Pattern.compile("[\\s\\p{Punct}\\p{S}\\d\u00b7\u2013\u2014\u2022]*");
    static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)(?:\\(|})");
    /** the message prefix of an upload field, {@code new UploadRules(size, "intake.file")} */
    static final Pattern UPLOAD_FIELD = Pattern.compile("new UploadRules\\([^;]*?,\\s*\"([a-z][a-zA-Z0-9.]+)\"\\)");
    static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "label");

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> indonesian = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
        assertThat(english).as("keys missing in messages_en.properties")
                .containsAll(indonesian);
        assertThat(indonesian).as("keys missing in messages.properties").containsAll(english);
    }

    /** A key written twice keeps only its last text: the page that used the first would show the other's. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties seen = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    Object before = super.put(key, value);
                    assertThat(before).as("%s: %s written twice", name, key).isNull();
                    return before;
                }
            };
            try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
                seen.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * A message with arguments is formatted by {@link java.text.MessageFormat}, for which a single apostrophe
     * starts a quote: "the standard's deadline ({0})" would print "{0}" and lose the text after it. Such
     * messages write the typographic apostrophe (’) or a doubled one.
     */
    @Test
    void messagesWithArgumentsHaveNoSingleApostrophe() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern single = Pattern.compile("(?<!')'(?!')");
        List<String> offences = new ArrayList<>();
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties bundle = bundle(name);
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String text = bundle.getProperty(key);
                if (argument.matcher(text).find() && single.matcher(text).find()) {
                    offences.add(name + ": " + key + " = " + text);
                }
            }
        }
        assertThat(offences).as("messages with arguments and a single apostrophe (MessageFormat drops it)").isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : doc.getAllElements()) {
                if (element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
                        || element.hasAttr("th:insert") || element.tagName().equals("script")
                        || element.tagName().equals("style")) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (!NOT_WORDS.matcher(text.getWholeText()).matches()) {
                        offences.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \""
                                + text.getWholeText().strip() + "\"");
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && !NOT_WORDS.matcher(element.attr(attribute)).matches()) {
                        offences.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(offences).as("literal text in templates; use th:text=\"#{...}\"").isEmpty();
    }

    @Test
    void everyKeyUsedByATemplateExists() throws IOException {
        Properties indonesian = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = KEY.matcher(Files.readString(template));
            while (m.find()) {
                String key = m.group(1);
                if (!indonesian.containsKey(key) || !english.containsKey(key)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing).as("message keys used by templates but missing in a bundle").isEmpty();
    }

    @Test
    void everyKeyUsedInJavaCodeExists() throws IOException {
        Properties indonesian = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        Pattern javaKeys = Pattern.compile("\"\\{?([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+)}?\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher m = javaKeys.matcher(code);
                while (m.find()) {
                    String key = m.group(1);
                    // a module's links and cards of the staff area name their texts by key
                    boolean looksLikeMessage = key.startsWith("flash.") || code.contains("\"{" + key + "}\"")
                            || code.contains("implements StaffArea")
                            || code.contains("InputRejected(\"") && code.contains("\"" + key + "\"")
                            && !key.contains("konsultasi");
                    // an upload field's prefix is no key itself (everyUploadFieldHasAMessageForEachRefusal)
                    boolean uploadField = UPLOAD_FIELD.matcher(code).results().anyMatch(r -> r.group(1).equals(key));
                    if (looksLikeMessage && !uploadField && (!indonesian.containsKey(key) || !english.containsKey(key))) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in Java but missing in a bundle").isEmpty();
    }

    /** An upload field names its refusals by a prefix ({@link UploadRules}): each refusal has its message. */
    @Test
    void everyUploadFieldHasAMessageForEachRefusal() throws IOException {
        Properties indonesian = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        List<String> fields = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = UPLOAD_FIELD.matcher(Files.readString(source));
                while (m.find()) {
                    fields.add(m.group(1));
                    UploadRules rules = new UploadRules(DataSize.ofMegabytes(1), m.group(1));
                    for (UploadRules.Refusal refusal : UploadRules.Refusal.values()) {
                        String key = rules.messageKey(refusal);
                        if (!indonesian.containsKey(key) || !english.containsKey(key)) {
                            missing.add(source.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(fields).contains("intake.file", "letter.scan", "consultation.file", "disposition.staffAnalysisFile");
        assertThat(missing).as("refusals of an upload field without a message").isEmpty();
    }

    @Test
    void everyLabelledValueHasAMessageInBothLanguages() throws Exception {
        Properties indonesian = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (var candidate : scanner.findCandidateComponents("id.konsultasi")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (!type.isEnum()) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                String key = ((Labelled) constant).labelKey();
                checked++;
                if (!indonesian.containsKey(key) || !english.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(checked).as("labelled enum constants found").isGreaterThan(10);
        assertThat(missing).isEmpty();
    }
}
