package id.konsultasi.standardimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The block of lines a published standard opens with (office, address, government) and repeats at the top of every
 * page. Found again wherever its words follow each other in the same order, however its lines are wrapped, and
 * dropped together with a page number beside it. A government line cut short ("Pemerintah ... / DINAS SOSIAL DAN")
 * may go on in a repetition with the rest of the office's name.
 */
final class PageHeader {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[-–\\s]*\\d{1,3}[-–\\s]*$|^(halaman|hal\\.?)\\s*\\d+(\\s*(dari|/)\\s*\\d+)?$");

    private final String words;
    private final String continuation;

    private PageHeader(String words, String continuation) {
        this.words = words;
        this.continuation = continuation;
    }

    /**
     * @param officeName   the office's name as the header gives it
     * @param officeInLine the office's name as the government line gives it, maybe cut short (or null)
     */
    static PageHeader of(List<SourceLine> lines, String officeName, String officeInLine) {
        String continuation = null;
        if (officeName != null && officeInLine != null) {
            String name = normalise(officeName);
            String cut = normalise(officeInLine);
            if (name.length() > cut.length() && name.startsWith(cut + " ")) {
                continuation = name.substring(cut.length() + 1);
            }
        }
        return new PageHeader(String.join(" ", lines.stream().map(line -> normalise(line.text())).toList()),
                continuation);
    }

    /** Too short to be told from the text: a one-line "Dinas Sosial" is not looked for. */
    boolean isSearchable() {
        return words.length() >= 30;
    }

    /** The lines without the repetitions of the header and the page numbers beside them. */
    List<SourceLine> strip(List<SourceLine> lines) {
        if (!isSearchable()) {
            return lines;
        }
        List<SourceLine> kept = new ArrayList<>();
        int index = 0;
        while (index < lines.size()) {
            int end = matchEnd(lines, index, words);
            if (end < 0) {
                kept.add(lines.get(index));
                index++;
                continue;
            }
            if (continuation != null) {
                int longer = matchEnd(lines, end, continuation);
                end = longer < 0 ? end : longer;
            }
            if (!kept.isEmpty() && isPageNumber(kept.get(kept.size() - 1))) {
                kept.remove(kept.size() - 1);
            }
            while (end < lines.size() && isPageNumber(lines.get(end))) {
                end++;
            }
            index = end;
        }
        return kept;
    }

    static boolean isPageNumber(SourceLine line) {
        return PAGE_NUMBER.matcher(line.text()).matches();
    }

    /** The index after the lines from start whose words are exactly the given ones, or -1. */
    private static int matchEnd(List<SourceLine> lines, int start, String expected) {
        String seen = "";
        for (int index = start; index < lines.size(); index++) {
            String next = normalise(lines.get(index).text());
            String candidate = seen.isEmpty() ? next : seen + " " + next;
            if (candidate.equals(expected)) {
                return index + 1;
            }
            if (next.isEmpty() || !expected.startsWith(candidate + " ")) {
                return -1;
            }
            seen = candidate;
        }
        return -1;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[<>#*]", " ").replaceAll("\\s+", " ").strip();
    }
}
