package id.konsultasi.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import id.konsultasi.request.ConsultationMode;

/** What the officer enters: the day and time in the office's zone, the length, how and where, who. */
public record PlanInput(LocalDate date, LocalTime start, int durationMinutes, ConsultationMode mode, Long roomId,
                        String meetingLink, String joinInstructions, Set<Long> officerIds, long contactPersonId,
                        String whatToBring, String lateReason) {
}
