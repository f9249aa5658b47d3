package id.konsultasi.request;

import java.time.Instant;

import id.konsultasi.office.OfficeCalendar;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.office.WorkingDayCalendar;

import org.springframework.stereotype.Component;

/** The office's own limits, counted on its own working-day calendar from the moment the file is complete. */
@Component
class DeadlinePolicy {

    private final OfficeDirectory offices;
    private final WorkingDayCalendar calendars;

    DeadlinePolicy(OfficeDirectory offices, WorkingDayCalendar calendars) {
        this.offices = offices;
        this.calendars = calendars;
    }

    Deadlines from(long officeId, Instant fileComplete) {
        ServiceStandard.TimeLimits limits = offices.standard(officeId).limits();
        OfficeCalendar calendar = calendars.forOffice(officeId);
        return new Deadlines(
                limits.answerLetterWorkingDays() == null ? null
                        : calendar.workingDaysAfter(fileComplete, limits.answerLetterWorkingDays()).toInstant(),
                limits.consultationWorkingDays() == null ? null
                        : calendar.workingDaysAfter(fileComplete, limits.consultationWorkingDays()).toInstant());
    }
}
