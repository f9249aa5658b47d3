package id.konsultasi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Pdfs;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18 (names): the answer letter and its mail send the visitor where the office's standard says: Bangka
 * Belitung's walk-ins report "ke Sekretariat Dinas", not to the bundle's "petugas piket".
 */
@IntegrationTest
class AnswerLetterNamesTests {

    @Autowired
    SchedulingService scheduling;
    @Autowired
    Fixtures fixtures;

    @Test
    void bangkaBelitungsAnswerLetterSendsTheVisitorToTheSekretariatDinas() throws Exception {
        StaffUser officer = fixtures.officer("babel");
        String mail = "babel." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        ConsultationRequest request = fixtures.assigned("babel", mail, officer);
        scheduling.schedule(fixtures.principal(officer), request.getId(), new PlanInput(fixtures.workingDay("babel", 2),
                LocalTime.of(10, 0), 60, ConsultationMode.IN_PERSON, fixtures.room("babel").getId(), null, null,
                fixtures.ids(officer), officer.getId(), "KTP asli", "uji: melewati batas"));
        MimeMessage visit = Mailbox.awaitSubject(mail, "Surat jawaban");
        assertThat(Pdfs.text(Mailbox.attachment(visit, "application/pdf")).replaceAll("\\s+", " "))
                .contains("melapor kepada Sekretariat Dinas").doesNotContain("petugas piket", "{meja_tamu}");
        assertThat(Mailbox.text(visit, "text/plain")).contains("laporkan kedatangan Anda kepada Sekretariat Dinas")
                .doesNotContain("petugas piket");
    }
}
