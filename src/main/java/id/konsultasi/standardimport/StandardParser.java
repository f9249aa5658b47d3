package id.konsultasi.standardimport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.konsultasi.office.ComplaintChannel;
import id.konsultasi.office.ComplaintChannelKind;
import id.konsultasi.office.InternalComponent;
import id.konsultasi.office.Requirement;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.standardimport.ParsedStandard.OfficeHeader;
import id.konsultasi.standardimport.ParsedStandard.Unrecognised;
import id.konsultasi.standardimport.ParsedStandard.Warning;
import id.konsultasi.standardimport.ParsedStandard.WarningKind;

import org.springframework.stereotype.Component;

/**
 * Reads the text of a published Standar Pelayanan (pasted, or extracted from a .txt, .md or PDF): the office header,
 * the SK number, the service's name and the six components under their headings, whatever the markup, and the
 * internal components and the Maklumat Pelayanan where the text carries them. The page
 * header repeated between items is dropped; numbered items keep their inner enumerations and are joined across page
 * breaks. Requirements all apply to everyone (no marker is guessed); limits are read only where a sentence says which
 * they are. Whatever cannot be placed is returned as unrecognised, never dropped or guessed.
 */
@Component
public class StandardParser {

    private static final Pattern DECREE = Pattern.compile("(?i)^(no\\.?|nomor)\\s*sk\\s*:?\\s*(.+)$");
    private static final Pattern SERVICE = Pattern.compile("(?i).*\\b(pelayanan|layanan)\\b.*");
    private static final Pattern GOVERNMENT = Pattern.compile("(?i)^pemerintah\\b.*");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(\\(?0\\d{2,4}\\)?[\\s.-]?\\d{3,4}[\\s.-]?\\d{2,6})");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>)|]+|\\b[\\w-]+(\\.[\\w-]+)*\\.go\\.id\\b/?");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern ANGLE_LINK = Pattern.compile("<((?:https?|mailto):[^>]+)>");

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s*(.*)$");
    private static final Pattern LETTERED = Pattern.compile("^([a-zA-Z])[.)]\\s+(.*)$");
    private static final Pattern BULLETED = Pattern.compile("^[-•*–]\\s*(.+)$");
    private static final Pattern LABEL = Pattern.compile("^\\p{L}+\\s*:");
    private static final Pattern INLINE_BULLET = Pattern.compile("(?:^|\\s)-(?=\\S)");

    private static final String COUNT = "(?<!\\d)(\\d{1,4})\\s*(?:\\([a-z ]+\\)\\s*)?";
    private static final Pattern DAYS = Pattern.compile("(?i)" + COUNT + "hari\\b");
    private static final Pattern HOURS_OR_MINUTES = Pattern.compile("(?i)(?<![x×]\\s?)" + COUNT + "(jam|menit)\\b");
    private static final Pattern TIMES_24_HOURS = Pattern.compile("(?i)\\d+\\s*[x×]\\s*24\\s*jam");
    private static final Pattern DURATION_ALONE = Pattern.compile("(?i)^" + COUNT + "(jam|menit)\\.?$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[a-z0-9)])\\.\\s+(?=[A-Z])");

    private static final Pattern FREE = Pattern.compile(
            "(?i)tidak dipungut biaya|tidak dikenakan biaya|tanpa biaya|bebas biaya|gratis");
    private static final Pattern AMOUNT = Pattern.compile("(?i)\\brp\\.?\\s*(\\d[\\d.]*)");

    public ParsedStandard parse(String text) {
        return new Reading(text).read();
    }

    /** One parse: the state it gathers as it goes. */
    private static final class Reading {

        private final List<SourceLine> lines = new ArrayList<>();
        private final List<Unrecognised> unrecognised = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();

        /** the source's lines as they came, blank ones too */
        private final String[] raw;

        Reading(String text) {
            raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            for (int index = 0; index < raw.length; index++) {
                SourceLine line = SourceLine.of(index + 1, raw[index]);
                if (!line.text().isEmpty()) {
                    lines.add(line);
                }
            }
        }

        ParsedStandard read() {
            int decreeAt = indexOf(line -> DECREE.matcher(line.text()).matches());
            int firstHeading = indexOf(line -> StandardComponent.headedBy(line.text()).isPresent());
            int titleEnd = decreeAt >= 0 ? decreeAt : firstHeading >= 0 ? firstHeading : 0;
            String decree = null;
            if (decreeAt >= 0) {
                Matcher matcher = DECREE.matcher(lines.get(decreeAt).text());
                decree = matcher.matches() ? matcher.group(2).strip() : null;
            } else {
                warnings.add(new Warning(0, WarningKind.MISSING_DECREE, null));
            }
            int serviceAt = titleEnd > 0 && isServiceName(lines.get(titleEnd - 1)) ? titleEnd - 1 : -1;
            String serviceName = serviceAt >= 0 ? clean(lines.get(serviceAt).text()) : null;
            List<SourceLine> headerLines = lines.subList(0, serviceAt >= 0 ? serviceAt : titleEnd);
            OfficeHeader office = header(headerLines);
            PageHeader pageHeader = PageHeader.of(headerLines, office.name(), officeInGovernmentLine(headerLines));

            int bodyStart = decreeAt >= 0 ? decreeAt + 1 : Math.max(titleEnd, serviceAt + 1);
            if (decreeAt >= 0 && serviceAt < 0 && decreeAt + 1 < lines.size() && firstHeading > decreeAt + 1
                    && isServiceName(lines.get(decreeAt + 1))) {
                serviceName = clean(lines.get(decreeAt + 1).text());
                bodyStart++;
            }
            List<SourceLine> body = pageHeader.strip(lines.subList(bodyStart, lines.size()));
            Map<StandardComponent, Section> sections = sections(body);

            List<Item> requirementItems = items(sections, StandardComponent.REQUIREMENTS);
            List<Item> procedureItems = items(sections, StandardComponent.PROCEDURE);
            List<String> procedure = procedureItems.stream().map(Item::text).toList();
            String completionTime = joined(sections, StandardComponent.COMPLETION_TIME);
            String fee = joined(sections, StandardComponent.FEE);
            return new ParsedStandard(office, serviceName, decree,
                    requirementItems.stream().map(item -> new Requirement(item.text(), Requirement.AppliesTo.EVERYONE))
                            .toList(),
                    procedure, completionTime, limits(sections.get(StandardComponent.COMPLETION_TIME)), fee,
                    free(fee, sections.get(StandardComponent.FEE)), items(sections, StandardComponent.PRODUCTS).stream()
                            .map(Item::text).toList(),
                    complaintChannels(sections.get(StandardComponent.COMPLAINTS), procedure), unrecognised, warnings,
                    internal(sections), pledge(sections.get(StandardComponent.PLEDGE)));
        }

        private int indexOf(Predicate<SourceLine> test) {
            for (int index = 0; index < lines.size(); index++) {
                if (test.test(lines.get(index))) {
                    return index;
                }
            }
            return -1;
        }

        private static boolean isServiceName(SourceLine line) {
            return SERVICE.matcher(line.text()).matches() && StandardComponent.headedBy(line.text()).isEmpty()
                    && !GOVERNMENT.matcher(line.text()).matches();
        }

        private OfficeHeader header(List<SourceLine> header) {
            String name = null;
            String government = null;
            String phone = null;
            String website = null;
            String email = null;
            List<String> address = new ArrayList<>();
            for (SourceLine line : header) {
                String text = ANGLE_LINK.matcher(line.text()).replaceAll("$1");
                if (GOVERNMENT.matcher(text).matches()) {
                    government = government != null ? government : clean(text.split("/")[0]);
                    continue;
                }
                Matcher mail = EMAIL.matcher(text);
                if (mail.find()) {
                    email = email != null ? email : mail.group();
                    text = mail.replaceAll(" ");
                }
                Matcher url = URL.matcher(text);
                if (url.find()) {
                    website = website != null ? website : url.group();
                    text = url.replaceAll(" ");
                }
                Matcher number = PHONE.matcher(text);
                if (number.find()) {
                    phone = phone != null ? phone : number.group().replaceAll("\\D", "");
                    text = number.replaceAll(" ");
                }
                String rest = clean(text.replaceAll("(?i)\\b(telp|telepon|tel|fax|faks|e-?mail|website|laman)\\b\\.?:?",
                        " ").replace('|', ' '));
                if (rest.replaceAll("[\\p{Punct}\\s]", "").isEmpty()) {
                    continue;
                }
                if (name == null) {
                    name = rest;
                } else {
                    address.add(rest);
                }
            }
            return new OfficeHeader(name, government, address.isEmpty() ? null : String.join(" ", address), phone,
                    website, email);
        }

        /** "Dinas Sosial" of "Pemerintah Kab. Buton / Dinas Sosial". */
        private static String officeInGovernmentLine(List<SourceLine> header) {
            return header.stream().map(SourceLine::text).filter(text -> GOVERNMENT.matcher(text).matches())
                    .filter(text -> text.contains("/")).map(text -> text.substring(text.indexOf('/') + 1).strip())
                    .findFirst().orElse(null);
        }

        private record Section(SourceLine heading, List<SourceLine> lines) {
        }

        private Map<StandardComponent, Section> sections(List<SourceLine> body) {
            Map<StandardComponent, Section> sections = new EnumMap<>(StandardComponent.class);
            Section current = null;
            for (SourceLine line : body) {
                Optional<StandardComponent> heading = headingOf(line.text());
                if (heading.isPresent()) {
                    StandardComponent component = heading.get();
                    if (sections.containsKey(component)) {
                        warnings.add(new Warning(line.number(), WarningKind.REPEATED_COMPONENT, component.name()));
                        current = sections.get(component);
                    } else {
                        current = new Section(line, new ArrayList<>());
                        sections.put(component, current);
                    }
                    String inline = inlineContent(line.text());
                    if (!inline.isEmpty()) {
                        current.lines().add(new SourceLine(line.number(), inline));
                    }
                } else if (current == null) {
                    unrecognised.add(new Unrecognised(line.number(), line.text()));
                } else {
                    current.lines().add(line);
                }
            }
            for (StandardComponent component : StandardComponent.values()) {
                if (component.isPublished() && !sections.containsKey(component)) {
                    warnings.add(new Warning(0, WarningKind.MISSING_COMPONENT, component.name()));
                }
            }
            return sections;
        }

        /** A whole line as heading, or "HEADING: content". */
        private static Optional<StandardComponent> headingOf(String text) {
            Optional<StandardComponent> whole = StandardComponent.headedBy(text);
            if (whole.isPresent() || !text.contains(":")) {
                return whole;
            }
            return StandardComponent.headedBy(text.substring(0, text.indexOf(':')));
        }

        private static String inlineContent(String text) {
            return StandardComponent.headedBy(text).isPresent() ? "" : text.substring(text.indexOf(':') + 1).strip();
        }

        private record Item(int line, String text) {
        }

        private enum Marker { NUMBER, LETTER, BULLET }

        private List<Item> items(Map<StandardComponent, Section> sections, StandardComponent component) {
            Section section = sections.get(component);
            return section == null ? List.of() : items(section.lines());
        }

        /**
         * The items of a list: "1." items in order (an inner "1. ... 2." that starts again, or "a." under a number,
         * stays in its item), else "a." items, else bullets; a line that starts no item goes on the one before.
         */
        private List<Item> items(List<SourceLine> lines) {
            Marker marker = null;
            for (SourceLine line : lines) {
                marker = markerOf(line.text());
                if (marker != null) {
                    break;
                }
            }
            List<Item> items = new ArrayList<>();
            StringBuilder current = null;
            int currentLine = 0;
            for (SourceLine line : lines) {
                String text = line.text();
                String start = marker == null ? null : itemStart(marker, text, items.size() + (current == null ? 0 : 1),
                        line.number());
                if (start != null) {
                    if (current != null) {
                        items.add(new Item(currentLine, item(current.toString())));
                    }
                    current = new StringBuilder(start);
                    currentLine = line.number();
                } else if (current != null && goesOn(current, text)) {
                    current.append(' ').append(text);
                } else {
                    unrecognised.add(new Unrecognised(line.number(), text));
                }
            }
            if (current != null) {
                items.add(new Item(currentLine, item(current.toString())));
            }
            return items;
        }

        /**
         * A line that starts no item goes on the one before (an inner enumeration, or the rest of the item after a
         * page break), unless it follows a finished sentence or is a note of its own ("Catatan: ...").
         */
        private static boolean goesOn(StringBuilder item, String line) {
            return Character.isLowerCase(line.charAt(0)) || markerOf(line) != null || LETTERED.matcher(line).matches()
                    || !item.toString().matches("(?s).*[.;]\\s*$") && !LABEL.matcher(line).find();
        }

        private static Marker markerOf(String text) {
            if (NUMBERED.matcher(text).matches()) {
                return Marker.NUMBER;
            }
            if (LETTERED.matcher(text).matches() && Character.toLowerCase(text.charAt(0)) == 'a') {
                return Marker.LETTER;
            }
            return BULLETED.matcher(text).matches() ? Marker.BULLET : null;
        }

        /** The text of the item the line starts (the count-th so far), or null when it goes on the one before. */
        private String itemStart(Marker marker, String text, int count, int lineNumber) {
            int expected = count + 1;
            switch (marker) {
                case NUMBER -> {
                    Matcher matcher = NUMBERED.matcher(text);
                    if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < expected) {
                        return null;
                    }
                    if (Integer.parseInt(matcher.group(1)) > expected) {
                        warnings.add(new Warning(lineNumber, WarningKind.NUMBERING_GAP, text));
                    }
                    return matcher.group(2);
                }
                case LETTER -> {
                    Matcher matcher = LETTERED.matcher(text);
                    return matcher.matches() && Character.toLowerCase(matcher.group(1).charAt(0)) == 'a' + count
                            ? matcher.group(2) : null;
                }
                default -> {
                    Matcher matcher = BULLETED.matcher(text);
                    return matcher.matches() ? matcher.group(1) : null;
                }
            }
        }

        /** A section's text as one paragraph (its items joined), or null when the section is missing or empty. */
        private String joined(Map<StandardComponent, Section> sections, StandardComponent component) {
            Section section = sections.get(component);
            if (section == null || section.lines().isEmpty()) {
                return null;
            }
            boolean listed = section.lines().stream().anyMatch(line -> markerOf(line.text()) != null);
            List<String> parts = listed
                    ? items(section.lines()).stream().map(Item::text).toList()
                    : section.lines().stream().map(SourceLine::text).toList();
            return clean(String.join(listed ? ". " : " ", parts));
        }

        private ServiceStandard.TimeLimits limits(Section section) {
            Integer answerLetter = null;
            Integer consultation = null;
            Integer walkIn = null;
            if (section == null) {
                return new ServiceStandard.TimeLimits(null, null, null);
            }
            for (SourceLine line : section.lines()) {
                String text = line.text();
                Matcher around = TIMES_24_HOURS.matcher(text);
                while (around.find()) {
                    warnings.add(new Warning(line.number(), WarningKind.TIME_NOT_STRUCTURED, around.group()));
                }
                for (String sentence : SENTENCE_END.split(text)) {
                    String lower = sentence.toLowerCase(Locale.ROOT);
                    Matcher days = DAYS.matcher(sentence);
                    while (days.find()) {
                        int count = Integer.parseInt(days.group(1));
                        if (lower.contains("jawaban") && answerLetter == null) {
                            answerLetter = count;
                        } else if (lower.contains("konsultasi") && consultation == null) {
                            consultation = count;
                        } else {
                            warnings.add(new Warning(line.number(), WarningKind.TIME_NOT_STRUCTURED, days.group()));
                        }
                    }
                    Matcher duration = HOURS_OR_MINUTES.matcher(sentence);
                    while (duration.find()) {
                        int minutes = Integer.parseInt(duration.group(1))
                                * (duration.group(2).equalsIgnoreCase("jam") ? 60 : 1);
                        boolean walkInSentence = lower.contains("datang langsung")
                                || DURATION_ALONE.matcher(clean(stripMarker(sentence))).matches();
                        if (walkInSentence && walkIn == null) {
                            walkIn = minutes;
                        } else {
                            warnings.add(new Warning(line.number(), WarningKind.TIME_NOT_STRUCTURED,
                                    duration.group()));
                        }
                    }
                }
            }
            return new ServiceStandard.TimeLimits(answerLetter, consultation, walkIn);
        }

        /**
         * The items of each internal component the text carries: a list's items, or the section's lines as one item
         * when it lists nothing ("JUMLAH PELAKSANA: 3 (tiga) orang").
         */
        private Map<InternalComponent, List<String>> internal(Map<StandardComponent, Section> sections) {
            Map<InternalComponent, List<String>> internal = new EnumMap<>(InternalComponent.class);
            sections.forEach((component, section) -> component.internal().ifPresent(kind -> {
                boolean listed = section.lines().stream().anyMatch(line -> markerOf(line.text()) != null);
                List<String> texts = listed ? items(section.lines()).stream().map(Item::text).toList()
                        : section.lines().isEmpty() ? List.of()
                        : List.of(clean(String.join(" ", section.lines().stream().map(SourceLine::text).toList())));
                if (!texts.isEmpty()) {
                    internal.put(kind, texts);
                }
            }));
            return internal;
        }

        /**
         * The Maklumat Pelayanan's paragraphs, separated by a blank line: the lines of one are joined (also across a
         * page break, unless the line before it ends a sentence); null when the text has none.
         */
        private String pledge(Section section) {
            if (section == null || section.lines().isEmpty()) {
                return null;
            }
            List<String> paragraphs = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            SourceLine previous = null;
            for (SourceLine line : section.lines()) {
                if (previous != null && startsParagraph(previous, line)) {
                    paragraphs.add(clean(paragraph.toString()));
                    paragraph.setLength(0);
                }
                paragraph.append(' ').append(line.text());
                previous = line;
            }
            paragraphs.add(clean(paragraph.toString()));
            return String.join("\n\n", paragraphs);
        }

        /** Whether only blank lines stand between the two, or a page break after a finished sentence. */
        private boolean startsParagraph(SourceLine previous, SourceLine line) {
            if (line.number() == previous.number() + 1) {
                return false;
            }
            boolean onlyBlank = true;
            for (int number = previous.number() + 1; number < line.number(); number++) {
                onlyBlank &= raw[number - 1].isBlank();
            }
            return onlyBlank || previous.text().matches(".*[.!?]$");
        }

        private static String stripMarker(String text) {
            Matcher numbered = NUMBERED.matcher(text);
            return numbered.matches() ? numbered.group(2) : text;
        }

        private Boolean free(String fee, Section section) {
            if (fee == null) {
                return null;
            }
            if (FREE.matcher(fee).find()) {
                return true;
            }
            Matcher amount = AMOUNT.matcher(fee);
            if (amount.find()) {
                return amount.group(1).replace(".", "").chars().allMatch(digit -> digit == '0');
            }
            warnings.add(new Warning(section.heading().number(), WarningKind.FEE_UNCLEAR, fee));
            return null;
        }

        private List<ComplaintChannel> complaintChannels(Section section, List<String> procedure) {
            if (section == null) {
                return List.of();
            }
            boolean listed = section.lines().stream().anyMatch(line -> markerOf(line.text()) != null);
            List<Item> items = listed ? items(section.lines())
                    : section.lines().stream().map(line -> new Item(line.number(), line.text())).toList();
            List<String> steps = procedure.stream().map(Reading::comparable).toList();
            long repeated = items.stream().filter(item -> steps.contains(comparable(item.text()))).count();
            if (!items.isEmpty() && repeated * 2 >= items.size()) {
                warnings.add(new Warning(section.heading().number(), WarningKind.COMPLAINTS_REPEAT_PROCEDURE,
                        repeated + "/" + items.size()));
                return List.of();
            }
            List<ComplaintChannel> channels = new ArrayList<>();
            for (Item item : items) {
                for (String fragment : INLINE_BULLET.split(item.text())) {
                    String text = clean(fragment);
                    if (text.isEmpty() || text.endsWith(":")) {
                        continue;
                    }
                    ComplaintChannel channel = channel(text);
                    if (channel == null) {
                        unrecognised.add(new Unrecognised(item.line(), text));
                    } else {
                        channels.add(channel);
                    }
                }
            }
            return channels;
        }

        private static ComplaintChannel channel(String fragment) {
            String text = ANGLE_LINK.matcher(MARKDOWN_LINK.matcher(fragment).replaceAll("$1")).replaceAll("$1");
            String lower = text.toLowerCase(Locale.ROOT);
            Matcher email = EMAIL.matcher(text);
            Matcher url = URL.matcher(text);
            Matcher phone = PHONE.matcher(text);
            if (email.find()) {
                return new ComplaintChannel(ComplaintChannelKind.EMAIL, email.group());
            }
            if (lower.contains("lapor")) {
                return new ComplaintChannel(ComplaintChannelKind.LAPOR, url.find() ? url.group() : text);
            }
            if (lower.contains("whatsapp") || lower.matches(".*\\bwa\\b.*")) {
                return phone.find() ? new ComplaintChannel(ComplaintChannelKind.WHATSAPP,
                        phone.group().replaceAll("\\D", "")) : null;
            }
            if (lower.contains("kotak")) {
                return new ComplaintChannel(ComplaintChannelKind.BOX, text);
            }
            if (lower.contains("loket")) {
                return new ComplaintChannel(ComplaintChannelKind.DESK, text);
            }
            if (url.find()) {
                return new ComplaintChannel(ComplaintChannelKind.WEBSITE, url.group());
            }
            if (phone.find()) {
                return new ComplaintChannel(ComplaintChannelKind.PHONE, phone.group().replaceAll("\\D", ""));
            }
            if (lower.startsWith("surat")) {
                return new ComplaintChannel(ComplaintChannelKind.LETTER, text);
            }
            return null;
        }

        /** An item's text: whitespace collapsed, no space before punctuation, no closing ";" or "." of a list. */
        private static String item(String text) {
            String item = clean(text).replaceAll("[;,]+$", "").strip();
            return item.matches(".*\\b\\p{L}{4,}\\.$") ? item.substring(0, item.length() - 1) : item;
        }

        private static String clean(String text) {
            return text.replaceAll("\\s+", " ").replaceAll(" ([:;,])", "$1").strip();
        }

        private static String comparable(String text) {
            return item(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }
    }
}
