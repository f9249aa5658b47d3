package id.konsultasi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The refusal letter comes from the same machinery: letterhead, numbered, the office's text and the head's reason. */
@IntegrationTest
class RefusalLetterTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    RefusalLetter letters;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theRefusalLetterSaysWhyOnTheOfficesLetterhead() {
        ConsultationRequest r = fixtures.assigned("babel", "tolak@contoh.id", fixtures.officer("babel"));
        String number = transactions.execute(status -> letters.number(r));
        assertThat(number).matches("\\d{4}/SJ/DSPMD/\\d{4}");
        String text = Pdfs.text(letters.pdf(r, number, TestClock.INSTANCE.instant(), "Materi di luar kewenangan dinas provinsi"));
        assertThat(text).contains(number, "DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT DESA", r.getReceiptNumber(),
                "belum dapat kami layani", "Materi di luar kewenangan dinas provinsi", "Dr. Ir. Budi Santoso");
    }
}
