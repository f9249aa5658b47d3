package id.konsultasi.scheduling.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.scheduling.Appointment;
import id.konsultasi.scheduling.Appointments;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * An officer's own consultations: today (the appointments, and the urgent walk-ins served at once), upcoming, to
 * schedule and to report, with their deadlines.
 */
@Controller
class MyConsultationsController {

    private final Appointments appointments;
    private final ConsultationRequests requests;
    private final Offices offices;
    private final Clock clock;

    MyConsultationsController(Appointments appointments, ConsultationRequests requests, Offices offices, Clock clock) {
        this.appointments = appointments;
        this.requests = requests;
        this.offices = offices;
        this.clock = clock;
    }

    /** One row: the appointment (if any) and its request. */
    record Row(Appointment appointment, ConsultationRequest request) {
    }

    @GetMapping("/staf/konsultasi-saya")
    String mine(StaffPrincipal staff, Model model) {
        Office office = offices.require(staff.requireOffice());
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(office.zone()));
        Instant endOfToday = today.plusDays(1).atStartOfDay(office.zone()).toInstant();
        Instant startOfToday = today.atStartOfDay(office.zone()).toInstant();
        List<Appointment> coming = appointments.ofOfficerBetween(staff.id(), startOfToday, now.plus(Duration.ofDays(90)));
        Map<Long, ConsultationRequest> byId = requests.findAllById(coming.stream().map(Appointment::getRequestId).toList())
                .stream().collect(Collectors.toMap(ConsultationRequest::getId, Function.identity()));
        List<Row> rows = coming.stream().filter(a -> byId.containsKey(a.getRequestId()))
                .map(a -> new Row(a, byId.get(a.getRequestId()))).toList();
        model.addAttribute("office", office);
        model.addAttribute("zone", office.zone());
        model.addAttribute("now", now);
        model.addAttribute("today", rows.stream().filter(r -> r.appointment().getStartAt().isBefore(endOfToday)).toList());
        model.addAttribute("upcoming", rows.stream().filter(r -> !r.appointment().getStartAt().isBefore(endOfToday)).toList());
        model.addAttribute("walkIns", requests.servedAtOnce(staff.id(), PageRequest.of(0, 50)));
        model.addAttribute("toSchedule", requests.toSchedule(staff.id(), PageRequest.of(0, 50)));
        model.addAttribute("toReport", requests.assignedTo(staff.id(), EnumSet.of(RequestStatus.HELD),
                PageRequest.of(0, 50)));
        return "scheduling/mine";
    }
}
