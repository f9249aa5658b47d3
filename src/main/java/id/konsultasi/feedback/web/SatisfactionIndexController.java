package id.konsultasi.feedback.web;

import java.time.Clock;
import java.time.LocalDate;

import id.konsultasi.feedback.FeedbackStatistics;
import id.konsultasi.feedback.RespondentEducation;
import id.konsultasi.feedback.RespondentOccupation;
import id.konsultasi.feedback.RespondentSex;
import id.konsultasi.feedback.SurveySource;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.Csv;
import id.konsultasi.shared.Period;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.Downloads;
import id.konsultasi.shared.web.PeriodForm;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The office's satisfaction index (IKM) for a period, as the official recap table, with the respondents'
 * profile and their suggestions; exported as CSV and XLSX. For the head of office and the administrator.
 */
@Controller
@RequestMapping("/staf/ikm")
class SatisfactionIndexController {

    private static final String PAGE = "/staf/ikm";
    private static final int COMMENTS_PER_PAGE = 20;

    private final FeedbackStatistics statistics;
    private final Offices offices;
    private final MessageSource messages;
    private final Clock clock;

    SatisfactionIndexController(FeedbackStatistics statistics, Offices offices,
                                MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.offices = offices;
        this.messages = messages;
        this.clock = clock;
    }

    /** The asked period; by default the year so far. */
    private Period period(PeriodForm asked, Office office) {
        LocalDate today = LocalDate.now(clock.withZone(office.zone()));
        return asked.period(new Period(today.withDayOfYear(1), today));
    }

    @GetMapping
    String page(StaffPrincipal staff, PeriodForm asked, @RequestParam(name = "hal", defaultValue = "0") int page,
                Model model) {
        Office office = offices.require(staff.requireOffice());
        Period period = period(asked, office);
        model.addAttribute("office", office);
        model.addAttribute("period", period);
        model.addAttribute("recap", IndexRecap.of(period.from(), period.to(),
                statistics.satisfaction(office.getId(), period.from(), period.to())));
        model.addAttribute("profile", statistics.respondents(office.getId(), period.from(), period.to()));
        model.addAttribute("comments", statistics.comments(office.getId(), period.from(), period.to(), page,
                COMMENTS_PER_PAGE));
        model.addAttribute("zone", office.zone());
        model.addAttribute("sexes", RespondentSex.values());
        model.addAttribute("educations", RespondentEducation.values());
        model.addAttribute("occupations", RespondentOccupation.values());
        model.addAttribute("sources", SurveySource.values());
        return "feedback/ikm";
    }

    @GetMapping("/ekspor.csv")
    ResponseEntity<byte[]> csv(StaffPrincipal staff, PeriodForm asked) {
        if (asked.hasError()) {
            return PeriodForm.backTo(PAGE);
        }
        Office office = offices.require(staff.requireOffice());
        Period period = period(asked, office);
        byte[] csv = export().csv(office, recap(office, period));
        return Downloads.attachment(csv, Csv.MEDIA_TYPE, filename(office, period, "csv"));
    }

    @GetMapping("/ekspor.xlsx")
    ResponseEntity<byte[]> xlsx(StaffPrincipal staff, PeriodForm asked) {
        if (asked.hasError()) {
            return PeriodForm.backTo(PAGE);
        }
        Office office = offices.require(staff.requireOffice());
        Period period = period(asked, office);
        return Downloads.attachment(export().xlsx(office, recap(office, period)), Downloads.XLSX,
                filename(office, period, "xlsx"));
    }

    private IndexRecap recap(Office office, Period period) {
        return IndexRecap.of(period.from(), period.to(),
                statistics.satisfaction(office.getId(), period.from(), period.to()));
    }

    private IndexExport export() {
        return new IndexExport(messages, LocaleContextHolder.getLocale());
    }

    private static String filename(Office office, Period period, String extension) {
        return "ikm-" + office.getCode() + "-" + period.from() + "-" + period.to() + "." + extension;
    }
}
