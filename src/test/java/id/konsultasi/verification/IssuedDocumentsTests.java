package id.konsultasi.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.scheduling.RefusalLetter;
import id.konsultasi.shared.security.Role;
import id.konsultasi.support.DemoStaff;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.RequestJourneys;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The office's other letters are issued like the answer letter (#17): the receipt, the refusal letter signed on the
 * head's behalf, a closed month's recap; each is signed by the office, carries its verification code and is the same
 * bytes the second time; the current month's recap is a draft, never issued.
 */
@IntegrationTest
class IssuedDocumentsTests {

    @Autowired
    RequestJourneys journeys;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RefusalLetter refusals;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    static List<PDSignature> signatures(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] download(String path, String username) throws Exception {
        var request = get(path);
        if (username != null) {
            request.with(Staff.as(users, username));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    String code(LetterKind kind, String number) {
        return jdbc.queryForObject("select verification_code from issued_letter where kind = ? and number = ? "
                + "order by id desc limit 1", String.class, kind.name(), number);
    }

    @Test
    void theReceiptIsSignedByTheOfficeInTheApplicantsLanguageAndTheSameEveryTime() throws Exception {
        Receipt receipt = journeys.submit("buton", "Pemohon Tanda Terima",
                "terima." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id", "en");
        byte[] first = download("/lacak/" + receipt.trackingToken() + "/tanda-terima.pdf", null);
        byte[] second = download("/lacak/" + receipt.trackingToken() + "/tanda-terima.pdf", null);

        assertThat(second).isEqualTo(first);
        assertThat(signatures(first)).hasSize(1);
        assertThat(signatures(first).get(0).getName()).isEqualTo("Dinas Sosial Kabupaten Buton");
        assertThat(Pdfs.text(first)).contains("Signed electronically by Dinas Sosial Kabupaten Buton",
                VerificationCodes.grouped(code(LetterKind.RECEIPT, receipt.receiptNumber())));
    }

    @Test
    void aRefusalSignedOnTheHeadsBehalfSaysSoInTheLetterAndOnTheVerificationPage() throws Exception {
        StaffUser officer = fixtures.officer("babel");
        ConsultationRequest request = fixtures.assigned("babel",
                "tolak." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id", officer);
        String number = transactions.execute(status -> refusals.number(request));
        byte[] letter = refusals.pdf(request, number, TestClock.INSTANCE.instant(), "Di luar kewenangan",
                "Plh. Kepala Dinas Sosial", "Rina Plh Uji");

        assertThat(Pdfs.text(letter)).contains("Ditandatangani secara elektronik oleh Rina Plh Uji, Plh. Kepala Dinas Sosial");
        assertThat(signatures(letter).get(0).getName()).isEqualTo("Rina Plh Uji, Plh. Kepala Dinas Sosial");
        assertThat(refusals.pdf(request, number, TestClock.INSTANCE.instant(), "Di luar kewenangan",
                "Plh. Kepala Dinas Sosial", "Rina Plh Uji")).isEqualTo(letter);
        String page = mvc.perform(get("/verifikasi/" + code(LetterKind.REFUSAL_LETTER, number)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Rina Plh Uji", "Plh. Kepala Dinas Sosial", "Surat penolakan");
    }

    @Test
    void aClosedMonthsRecapIsIssuedOnceAndTheCurrentMonthsIsADraft() throws Exception {
        String head = DemoStaff.of(Role.KADIS, "babel");
        byte[] october = download("/staf/laporan/rekap.pdf?bulan=2026-10", head);
        assertThat(download("/staf/laporan/rekap.pdf?bulan=2026-10", head)).isEqualTo(october);
        assertThat(signatures(october)).hasSize(1);
        assertThat(Pdfs.text(october)).contains(VerificationCodes.grouped(code(LetterKind.MONTHLY_RECAP, "REKAP/BABEL/2026-10")));

        byte[] november = download("/staf/laporan/rekap.pdf?bulan=2026-11", head);
        assertThat(signatures(november)).isEmpty();
        assertThat(Pdfs.text(november)).doesNotContain("Kode verifikasi");
    }
}
