package id.konsultasi.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Which words of a document may not break at the end of a line: the office's numbers, not its addresses. */
class PdfRendererTests {

    static Document kept(String body) {
        Document document = Jsoup.parse("<p>" + body + "</p>");
        PdfRenderer.keepNumbersWhole(document.body());
        return document;
    }

    @Test
    void receiptLetterAndAgendaNumbersStayOnOneLineWhereverTheyStand() {
        Document d = kept("nomor tanda terima KONS/BTN/2026/000001, surat 0001/SJ/BTN/2026 dan 045/LSM-PAB/XI/2026.");
        assertThat(d.select("span[style='white-space: nowrap']")).extracting(e -> e.text())
                .containsExactly("KONS/BTN/2026/000001", "0001/SJ/BTN/2026", "045/LSM-PAB/XI/2026");
        assertThat(d.body().text())
                .isEqualTo("nomor tanda terima KONS/BTN/2026/000001, surat 0001/SJ/BTN/2026 dan 045/LSM-PAB/XI/2026.");
    }

    @Test
    void addressesWordsAndOverlongRunsStillBreak() {
        Document d = kept("https://konsultasi.contoh.id/lacak/AbC123/surat.pdf dan/atau Rp 1.000 "
                + "A/" + "B".repeat(60));
        assertThat(d.select("span")).isEmpty();
    }
}
