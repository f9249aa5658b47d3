package id.konsultasi.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import id.konsultasi.feedback.SatisfactionIndex;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeProfile;
import id.konsultasi.support.Spreadsheets;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The IKM export writes through the one CSV writer: a typed office name never becomes a spreadsheet formula. */
class IndexExportTests {

    @Test
    void anOfficeNameThatASpreadsheetWouldRunIsExportedAsText() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Office office = new Office("uji", new OfficeProfile("=HYPERLINK(\"http://x\",\"klik\")", "Pemerintah", "Jalan",
                null, null, null, ZoneId.of("Asia/Makassar"), LocalTime.of(8, 0), LocalTime.of(16, 0), "UJI"));
        LocalDate day = LocalDate.of(2026, 3, 2);
        IndexRecap recap = IndexRecap.of(day, day, SatisfactionIndex.of(1, 3, 3, 3, 3, 3, 3, 3, 3, 3));

        byte[] csv = new IndexExport(messages, Locale.forLanguageTag("id")).csv(office, recap);

        assertThat(new String(csv, StandardCharsets.UTF_8)).doesNotContain(";=HYPERLINK", "\n=HYPERLINK");
        assertThat(Spreadsheets.csv(csv)).contains(List.of("Kantor", "'=HYPERLINK(\"http://x\",\"klik\")"));
    }
}
