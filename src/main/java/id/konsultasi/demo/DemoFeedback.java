package id.konsultasi.demo;

import java.util.List;

import id.konsultasi.feedback.ComplaintService;
import id.konsultasi.feedback.ComplaintSource;
import id.konsultasi.feedback.NewComplaint;
import id.konsultasi.feedback.Respondent;
import id.konsultasi.feedback.RespondentEducation;
import id.konsultasi.feedback.RespondentOccupation;
import id.konsultasi.feedback.RespondentSex;
import id.konsultasi.feedback.SkmAnswers;
import id.konsultasi.feedback.SurveyAnswer;
import id.konsultasi.feedback.SurveyService;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.security.StaffPrincipalHolder;

import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo feedback for the local run, so that the complaint list and the IKM page are not empty: a few
 * survey answers given at each office's kiosk and two complaints recorded by its secretariat. Every item
 * has a fixed key, so a restart adds nothing.
 */
@Component
@Profile("demo")
class DemoFeedback {

    /** U1..U9 of the demo respondents, with their age, sex, education and occupation. */
    private static final List<Object[]> ANSWERS = List.of(
            new Object[]{new int[]{4, 3, 3, 4, 3, 4, 4, 3, 3}, 34, RespondentSex.FEMALE, RespondentEducation.S1,
                    RespondentOccupation.PNS, "Petugas menjelaskan dengan sabar."},
            new Object[]{new int[]{3, 3, 2, 4, 3, 3, 4, 3, 3}, 52, RespondentSex.MALE, RespondentEducation.SMA,
                    RespondentOccupation.WIRAUSAHA, "Jadwal sebaiknya dikabarkan lebih cepat."},
            new Object[]{new int[]{4, 4, 3, 4, 4, 4, 4, 3, 4}, 27, RespondentSex.FEMALE, RespondentEducation.DIPLOMA,
                    RespondentOccupation.SWASTA, null},
            new Object[]{new int[]{3, 3, 3, 4, 3, 3, 3, 2, 3}, 45, RespondentSex.MALE, RespondentEducation.S2,
                    RespondentOccupation.PNS, "Ruang tunggu perlu kipas angin."},
            new Object[]{new int[]{4, 3, 4, 4, 3, 4, 4, 3, 3}, null, null, null, null, null},
            new Object[]{new int[]{3, 2, 3, 4, 3, 3, 4, 3, 2}, 61, RespondentSex.FEMALE, RespondentEducation.SD,
                    RespondentOccupation.OTHER, null});

    private final SurveyService surveys;
    private final ComplaintService complaints;
    private final UserDetailsService users;

    DemoFeedback(SurveyService surveys, ComplaintService complaints, UserDetailsService users) {
        this.surveys = surveys;
        this.complaints = complaints;
        this.users = users;
    }

    void load() {
        for (String office : List.of("buton", "babel")) {
            StaffPrincipal piket = staff("piket." + office);
            for (int i = 0; i < ANSWERS.size(); i++) {
                Object[] a = ANSWERS.get(i);
                SurveyAnswer answer = new SurveyAnswer("demo-skm-" + office + "-" + i, SkmAnswers.of((int[]) a[0]),
                        (String) a[5], new Respondent((Integer) a[1], (RespondentSex) a[2],
                        (RespondentEducation) a[3], (RespondentOccupation) a[4]));
                surveys.answerAtKiosk(piket, answer);
            }
            StaffPrincipal secretariat = staff("sekretariat." + office);
            complaints.record(secretariat, new NewComplaint(ComplaintSource.LAPOR, "demo-complaint-" + office + "-1",
                    "LAP-DEMO-" + office.toUpperCase() + "-001", true, null, null, null,
                    "Jawaban permohonan konsultasi terlambat",
                    "Diteruskan dari SP4N-LAPOR!: pemohon belum menerima surat jawaban setelah lewat batas waktu.",
                    null, null, null));
            complaints.record(secretariat, new NewComplaint(ComplaintSource.DESK, "demo-complaint-" + office + "-2",
                    null, false, "Hasanuddin", null, "+6281234500001", "Petugas piket sulit ditemui",
                    "Datang pukul 10.00, meja piket kosong selama setengah jam.", null, null, null));
        }
    }

    private StaffPrincipal staff(String username) {
        return ((StaffPrincipalHolder) users.loadUserByUsername(username)).staff();
    }
}
