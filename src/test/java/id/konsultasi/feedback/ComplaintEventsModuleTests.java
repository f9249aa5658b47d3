package id.konsultasi.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.konsultasi.account.ActingOfficials;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeProfile;
import id.konsultasi.office.Requirement;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The feedback module on its own, with the modules it uses (notification, office, request, shared) and the test
 * PostgreSQL, without the web layer or the demo data: a complaint filed publishes {@link ComplaintFiled} when its
 * transaction commits, and the module's listener queues the mail with its number to the complainant in the outbox.
 * The example of a module test: {@link Scenario} starts the flow and waits for the event and for the state it leads to.
 * <p>
 * Its context starts in about 10 s on a loaded machine (plus the embedded PostgreSQL, when it is the JVM's first):
 * beans are created when first used (lazy initialization: 11.5 s instead of 21.7 s with the database's start), so
 * only the filing, the event registry, the listener and the outbox are built; the scheduled jobs of the modules
 * (the outbox's sender among them) do not run. Whether every bean of the application can be created at all is
 * the full {@code IntegrationTest} context's business.
 */
// no web layer (the WebSlice tests have it); the module structure is verified once, by ModularityTests
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, webEnvironment = WebEnvironment.NONE,
        verifyAutomatically = false)
// "demo" for the demo key of personal data, as every test context on the shared database; the demo data
// itself belongs to the demo module, which is not started here
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = "spring.main.lazy-initialization=true")
@ExtendWith(TestClock.Reset.class)
// the request module asks the account module who acts as head of office; nothing here does
@MockitoBean(types = ActingOfficials.class)
class ComplaintEventsModuleTests {

    @Autowired
    ComplaintService complaints;
    @Autowired
    OfficeAdministration offices;
    @Autowired
    JdbcTemplate jdbc;

    long officeId;

    /** An office of its own: the database is shared with the other tests of the JVM. */
    @BeforeEach
    void anOffice() {
        String code = "modul-" + UUID.randomUUID().toString().substring(0, 8);
        officeId = offices.createOffice(code, new OfficeProfile("Dinas Sosial " + code, "Pemerintah Kota Uji",
                "Jalan Merdeka 1", "021 555 0101", "dinsos@kota-uji.go.id", null, ZoneId.of("Asia/Jakarta"),
                LocalTime.of(8, 0), LocalTime.of(16, 0), "MDL"), new ServiceStandard.Revision("Konsultasi", null,
                Requirement.forEveryone(List.of("Materi konsultasi")), List.of("Permohonan"), new ServiceStandard.TimeLimits(2, 5, 45), null,
                "Tidak dipungut biaya", List.of("Saran"), List.of(), null,
                new ServiceStandard.WorkflowSwitches(false, false, false, false, true))).getId();
    }

    @Test
    void aFiledComplaintIsAnnouncedAndItsNumberMailedToTheComplainant(Scenario scenario) {
        String email = "pengadu-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";

        scenario.stimulate(() -> complaints.file(officeId, complaint(false, "Siti Aminah", email)))
                .andWaitForStateChange(() -> mailsTo(email), mails -> !mails.isEmpty())
                .andExpect(ComplaintFiled.class)
                .matching(event -> event.officeId() == officeId)
                .toArriveAndVerify((event, receipt) -> {
                    assertThat(event.complaintId()).isEqualTo(receipt.complaintId());
                    assertThat(mailsTo(email)).singleElement().satisfies(mail -> {
                        assertThat(mail).containsEntry("kind", "COMPLAINT_RECEIVED")
                                .containsEntry("office_id", officeId);
                        assertThat((String) mail.get("subject")).contains(receipt.number());
                    });
                });
    }

    @Test
    void theMailOfAnAnonymousComplaintIsNotFiledUnderTheOffice(Scenario scenario) {
        String email = "anonim-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";

        scenario.stimulate(() -> complaints.file(officeId, complaint(true, null, email)))
                .andWaitForStateChange(() -> mailsTo(email), mails -> !mails.isEmpty())
                .andVerify(mails -> assertThat(mails).singleElement().satisfies(mail -> assertThat(mail)
                        .containsEntry("kind", "COMPLAINT_RECEIVED").containsEntry("office_id", null)));
    }

    private static NewComplaint complaint(boolean anonymous, String name, String email) {
        return new NewComplaint(ComplaintSource.WEB, UUID.randomUUID().toString(), null, anonymous, name, email, null,
                "Jadwal tidak dikabarkan", "Saya menunggu kabar jadwal sejak Senin.", null, null, null);
    }

    private List<Map<String, Object>> mailsTo(String email) {
        return jdbc.queryForList("select kind, office_id, subject from outbox_mail where recipient = ?", email);
    }
}
