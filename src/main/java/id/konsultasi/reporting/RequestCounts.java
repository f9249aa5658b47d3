package id.konsultasi.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.RequestStatus;

/**
 * The requests of a period counted per channel, applicant type, mode, status and division. A request's mode
 * is its latest appointment's, or else the one the applicant preferred; its division is {@link
 * ReportedRequest#divisionName()}.
 */
final class RequestCounts {

    final Map<String, Long> byChannel = zeros(Channel.values(), "channel.");
    final Map<String, Long> byType = zeros(ApplicantType.values(), "applicantType.");
    final Map<String, Long> byMode = zeros(ConsultationMode.values(), "consultationMode.");
    final Map<String, Long> byStatus = zeros(RequestStatus.values(), "requestStatus.");
    final Map<String, Long> byDivision = new LinkedHashMap<>();
    long total;

    private final boolean viaDivision;

    /** @param viaDivision whether the office's standard disposes to a division first */
    RequestCounts(boolean viaDivision) {
        this.viaDivision = viaDivision;
    }

    void add(ReportedRequest reported) {
        var request = reported.request();
        total++;
        byChannel.merge("channel." + request.channel().name(), 1L, Long::sum);
        byType.merge("applicantType." + request.applicantType().name(), 1L, Long::sum);
        byStatus.merge("requestStatus." + request.status().name(), 1L, Long::sum);
        ConsultationMode mode = reported.appointments() != null ? reported.appointments().latestMode()
                : request.preferredMode();
        if (mode != null) {
            byMode.merge("consultationMode." + mode.name(), 1L, Long::sum);
        }
        byDivision.merge(division(reported), 1L, Long::sum);
    }

    private String division(ReportedRequest reported) {
        if (reported.divisionName() != null) {
            return reported.divisionName();
        }
        return reported.lead() != null ? OfficeReport.LEAD_WITHOUT_DIVISION
                : viaDivision ? OfficeReport.NOT_DISPOSED : OfficeReport.NOT_ASSIGNED;
    }

    private static <E extends Enum<E>> Map<String, Long> zeros(E[] values, String prefix) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (E e : values) {
            map.put(prefix + e.name(), 0L);
        }
        return map;
    }
}
