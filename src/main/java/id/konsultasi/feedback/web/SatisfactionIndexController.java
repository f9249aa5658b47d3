package id.konsultasi.feedback.web;

import java.nio.charset.StandardCharsets;
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
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
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

    /** A period of days, both included; by default the year so far. */
    record Period(LocalDate from, LocalDate to) {

        static Period of(PeriodForm asked, Office office, Clock clock) {
            LocalDate today = LocalDate.now(clock.withZone(office.zone()));
            LocalDate start = asked.getDari() == null ? today.withDayOfYear(1) : asked.getDari();
            LocalDate end = asked.getSampai() == null ? today : asked.getSampai();
            return end.isBefore(start) ? new Period(end, start) : new Period(start, end);
        }
    }

    @GetMapping
    String page(StaffPrincipal staff, PeriodForm asked, @RequestParam(name = "hal", defaultValue = "0") int page,
                Model model) {
        Office office = offices.require(staff.requireOffice());
        Period period = Period.of(asked, office, clock);
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
        Office office = offices.require(staff.requireOffice());
        Period period = Period.of(asked, office, clock);
        byte[] csv = export().csv(office, recap(office, period));
        return download(csv, Csv.MEDIA_TYPE, filename(office, period, "csv"));
    }

    @GetMapping("/ekspor.xlsx")
    ResponseEntity<byte[]> xlsx(StaffPrincipal staff, PeriodForm asked) {
        Office office = offices.require(staff.requireOffice());
        Period period = Period.of(asked, office, clock);
        return download(export().xlsx(office, recap(office, period)), XLSX, filename(office, period, "xlsx"));
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

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
