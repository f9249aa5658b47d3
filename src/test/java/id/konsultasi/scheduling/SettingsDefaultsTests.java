package id.konsultasi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import id.konsultasi.consultation.ConsultationSetting;
import id.konsultasi.consultation.ConsultationSettings;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An office that never saved its letter texts, hours or report deadline reads the defaults from memory: reading
 * writes nothing (and takes no connection of its own); the first save writes the row.
 */
@IntegrationTest
class SettingsDefaultsTests {

    @Autowired
    SchedulingSettings scheduling;
    @Autowired
    ConsultationSettings consultation;
    @Autowired
    Offices offices;
    @Autowired
    OfficeAdministration administration;
    @Autowired
    OfficeDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    long officeId;

    @BeforeEach
    void anOfficeWithoutSettings() {
        Office buton = offices.findByCode("buton").orElseThrow();
        String code = "atur-" + UUID.randomUUID().toString().substring(0, 6);
        officeId = administration.createOffice(code, buton.profile().named("Dinas Uji Pengaturan " + code),
                directory.standard(buton.getId())).getId();
    }

    @Test
    void readingTheSettingsOfAnOfficeThatHasNoneWritesNothing() {
        List<String> statements = SqlStatements.of(() -> {
            SchedulingSetting letters = scheduling.of(officeId);
            assertThat(letters.getReminderHour()).isEqualTo(9);
            assertThat(letters.getAgendaHour()).isEqualTo(7);
            assertThat(scheduling.answerLetterBody(officeId, ConsultationMode.ONLINE)).isNotBlank();
            assertThat(consultation.of(officeId).getReportWorkingDays())
                    .isEqualTo(ConsultationSetting.DEFAULT_REPORT_WORKING_DAYS);
        });

        assertThat(statements).isNotEmpty().allMatch(sql -> sql.strip().toLowerCase().startsWith("select"));
        assertThat(rows("scheduling_setting")).isZero();
        assertThat(rows("consultation_setting")).isZero();
    }

    @Test
    void theFirstSaveWritesTheRowAndAFormShownBeforeItIsStale() {
        long shown = consultation.of(officeId).getVersion();
        consultation.update(officeId, shown, 5);
        assertThat(consultation.of(officeId).getReportWorkingDays()).isEqualTo(5);
        assertThatThrownBy(() -> consultation.update(officeId, shown, 6))
                .isInstanceOf(OptimisticLockingFailureException.class);

        SchedulingSetting letters = scheduling.of(officeId);
        scheduling.update(officeId, letters.getVersion(), "Jawaban uji", "Jawaban daring uji", "Penolakan uji", 10, 6);
        assertThat(scheduling.of(officeId).getReminderHour()).isEqualTo(10);
        assertThat(scheduling.answerLetterBody(officeId, ConsultationMode.ONLINE)).isEqualTo("Jawaban daring uji");
        assertThat(rows("scheduling_setting")).isOne();
        assertThat(rows("consultation_setting")).isOne();
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where office_id = ?", Long.class, officeId);
    }
}
