package id.konsultasi.shared.web;

import java.time.LocalDate;

import id.konsultasi.shared.Period;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The period a page asks for in its address, {@code ?dari=2026-01-01&sampai=2026-06-30}, both optional: the
 * one behaviour of every page with a period. No day at all is the page's own default; one day alone is a
 * period of that day. A reversed or too long period is a form error ({@link #getError}, a message key shown
 * in the user's language) with the typed days kept in the form, and the page shows its default period
 * meanwhile; an export of such a period leads back to its page ({@link #backTo}).
 */
public class PeriodForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dari;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate sampai;

    public PeriodForm() {
    }

    public PeriodForm(LocalDate dari, LocalDate sampai) {
        this.dari = dari;
        this.sampai = sampai;
    }

    public LocalDate getDari() { return dari; }
    public void setDari(LocalDate dari) { this.dari = dari; }
    public LocalDate getSampai() { return sampai; }
    public void setSampai(LocalDate sampai) { this.sampai = sampai; }

    /** The message key of what is wrong with the typed days ({@link Period#REVERSED}, ...), or null. */
    public String getError() {
        return dari == null || sampai == null ? null : Period.problem(dari, sampai);
    }

    public boolean hasError() {
        return getError() != null;
    }

    /** The typed period, or {@code byDefault} when none or an impossible one was typed. */
    public Period period(Period byDefault) {
        if (hasError() || (dari == null && sampai == null)) {
            return byDefault;
        }
        return new Period(dari != null ? dari : sampai, sampai != null ? sampai : dari);
    }

    /** An export asked for an impossible period: back to the page (with the same parameters), which says why. */
    public static <T> ResponseEntity<T> backTo(String page) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        UriComponentsBuilder location = UriComponentsBuilder.fromPath(request.getContextPath() + page);
        request.getParameterMap().forEach((name, values) -> location.queryParam(name, (Object[]) values));
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(location.encode().build().toUri()).build();
    }
}
