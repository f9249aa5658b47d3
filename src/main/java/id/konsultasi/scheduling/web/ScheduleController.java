package id.konsultasi.scheduling.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.office.MeetingRoom;
import id.konsultasi.office.MeetingRooms;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.RequestService;
import id.konsultasi.scheduling.AnswerLetter;
import id.konsultasi.scheduling.Appointment;
import id.konsultasi.scheduling.Availability;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.Downloads;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The request's officers schedule, reschedule, cancel and record a no-show. */
@Controller
@RequestMapping("/staf/jadwal")
class ScheduleController {

    /** The slots of the week's grid when the form holds no usable length. */
    static final int SLOT_MINUTES = 30;

    private final SchedulingService scheduling;
    private final RequestService requests;
    private final Availability availability;
    private final AnswerLetter letters;
    private final Offices offices;
    private final MeetingRooms rooms;
    private final StaffUsers staffUsers;
    private final WorkingDayCalendar calendars;
    private final Clock clock;

    ScheduleController(SchedulingService scheduling, RequestService requests, Availability availability,
                       AnswerLetter letters, Offices offices, MeetingRooms rooms, StaffUsers staffUsers,
                       WorkingDayCalendar calendars, Clock clock) {
        this.scheduling = scheduling;
        this.requests = requests;
        this.availability = availability;
        this.letters = letters;
        this.offices = offices;
        this.rooms = rooms;
        this.staffUsers = staffUsers;
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/permohonan/{requestId}")
    String newAppointment(StaffPrincipal staff, @PathVariable long requestId,
                          @RequestParam(name = "tanggal", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        ConsultationRequest request = scheduling.requestToSchedule(staff, requestId);
        var active = scheduling.activeFor(requestId);
        if (active.isPresent()) {
            return "redirect:/staf/jadwal/" + active.get().getId();
        }
        Office office = offices.require(request.getOfficeId());
        ScheduleForm form = new ScheduleForm();
        form.setMode(request.getPreferredMode() == null ? ConsultationMode.IN_PERSON : request.getPreferredMode());
        form.setDurationMinutes(SchedulingService.defaultMinutes(office.getStandard().limits()));
        form.setDate(day != null ? day : proposedDay(office, request));
        form.setStartTime(request.getPreferredVisitAt() != null
                ? request.getPreferredVisitAt().atZone(office.zone()).toLocalTime() : LocalTime.of(9, 0));
        form.getOfficerIds().addAll(request.getAssigneeIds());
        form.setContactPersonId(staff.id());
        model.addAttribute("form", form);
        return formView(staff, request, office, null, form, null, model);
    }

    @PostMapping("/permohonan/{requestId}")
    String schedule(StaffPrincipal staff, @PathVariable long requestId, @Valid @ModelAttribute("form") ScheduleForm form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        ConsultationRequest request = scheduling.requestToSchedule(staff, requestId);
        if (!result.hasErrors()) {
            try {
                Appointment appointment = scheduling.schedule(staff, requestId, form.toInput());
                redirect.addFlashAttribute("flash", told(request, "schedule.done"));
                return "redirect:/staf/jadwal/" + appointment.getId();
            } catch (InputRejected e) {
                result.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        return formView(staff, request, offices.require(request.getOfficeId()), null, form, null, model);
    }

    /** "Previous / next week" on the grid of a new appointment: the form again, as typed, at that week. */
    @PostMapping(path = "/permohonan/{requestId}", params = "minggu")
    String otherWeek(StaffPrincipal staff, @PathVariable long requestId, @ModelAttribute("form") ScheduleForm form,
                     BindingResult unreadable, @RequestParam("minggu") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                     Model model) {
        ConsultationRequest request = scheduling.requestToSchedule(staff, requestId);
        return formView(staff, request, offices.require(request.getOfficeId()), null, form, week, model);
    }

    @GetMapping("/{id}")
    String show(StaffPrincipal staff, @PathVariable long id, @RequestParam(name = "tanggal", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                Model model) {
        Appointment appointment = scheduling.forStaff(staff, id);
        ConsultationRequest request = requests.forStaff(staff, appointment.getRequestId());
        Office office = offices.require(request.getOfficeId());
        ScheduleForm form = new ScheduleForm();
        form.setVersion(appointment.getVersion());
        form.setDate(day != null ? day : appointment.getStartAt().atZone(office.zone()).toLocalDate());
        form.setStartTime(appointment.getStartAt().atZone(office.zone()).toLocalTime());
        form.setDurationMinutes((int) appointment.slot().minutes());
        form.setMode(appointment.getMode());
        form.setRoomId(appointment.getRoomId());
        form.setMeetingLink(appointment.getMeetingLink());
        form.setJoinInstructions(appointment.getJoinInstructions());
        form.getOfficerIds().addAll(appointment.getOfficerIds());
        form.setContactPersonId(appointment.getContactPersonId());
        form.setWhatToBring(appointment.getWhatToBring());
        form.setLateReason(appointment.getLateReason());
        model.addAttribute("form", form);
        return formView(staff, request, office, appointment, form, null, model);
    }

    @PostMapping("/{id}/ubah")
    String reschedule(StaffPrincipal staff, @PathVariable long id, @Valid @ModelAttribute("form") ScheduleForm form,
                      BindingResult result, Model model, RedirectAttributes redirect) {
        Appointment appointment = scheduling.forStaff(staff, id);
        ConsultationRequest request = scheduling.requestToSchedule(staff, appointment.getRequestId());
        if (!result.hasErrors()) {
            try {
                scheduling.reschedule(staff, id, form.getVersion(), form.toInput(),
                        form.getReason());
                redirect.addFlashAttribute("flash", told(request, "schedule.rescheduled"));
                return "redirect:/staf/jadwal/" + id;
            } catch (InputRejected e) {
                result.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        return formView(staff, request, offices.require(request.getOfficeId()), appointment, form, null, model);
    }

    /** "Previous / next week" on the grid of a reschedule: the form again, as typed, at that week. */
    @PostMapping(path = "/{id}/ubah", params = "minggu")
    String otherWeekOfAppointment(StaffPrincipal staff, @PathVariable long id, @ModelAttribute("form") ScheduleForm form,
                                  BindingResult unreadable,
                                  @RequestParam("minggu") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                                  Model model) {
        Appointment appointment = scheduling.forStaff(staff, id);
        ConsultationRequest request = scheduling.requestToSchedule(staff, appointment.getRequestId());
        return formView(staff, request, offices.require(request.getOfficeId()), appointment, form, week, model);
    }

    @PostMapping("/{id}/batal")
    String cancel(StaffPrincipal staff, @PathVariable long id, @RequestParam long version,
                  @RequestParam(name = "reason", defaultValue = "") String reason, RedirectAttributes redirect) {
        if (reason.isBlank()) {
            redirect.addFlashAttribute("flash", "schedule.cancel.reasonRequired");
            return "redirect:/staf/jadwal/" + id;
        }
        ConsultationRequest request = requests.forStaff(staff, scheduling.forStaff(staff, id).getRequestId());
        scheduling.cancel(staff, id, version, reason.trim());
        redirect.addFlashAttribute("flash", told(request, "schedule.cancelled"));
        return "redirect:/staf/jadwal/" + id;
    }

    @PostMapping("/{id}/tidak-hadir")
    String noShow(StaffPrincipal staff, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        scheduling.noShow(staff, id, version);
        redirect.addFlashAttribute("flash", "schedule.noShowRecorded");
        return "redirect:/staf/jadwal/" + id;
    }

    @GetMapping("/{id}/surat-jawaban.pdf")
    ResponseEntity<byte[]> letter(StaffPrincipal staff, @PathVariable long id) {
        Appointment appointment = scheduling.forStaff(staff, id);
        return Downloads.inline(letters.pdf(appointment), Downloads.PDF, letters.filename(appointment));
    }

    private String formView(StaffPrincipal staff, ConsultationRequest request, Office office, Appointment appointment,
                            ScheduleForm form, LocalDate weekOf, Model model) {
        var officers = staffUsers.findAllById(request.getAssigneeIds());
        var officeRooms = rooms.findByOfficeIdAndActiveTrueOrderByName(office.getId());
        boolean canAct = request.isAssignee(staff.id());
        if (canAct && (appointment == null || appointment.isActive())) {
            addWeek(office, request, appointment, form, weekOf, officers, officeRooms, model);
        }
        model.addAttribute("office", office);
        model.addAttribute("r", request);
        model.addAttribute("appointment", appointment);
        model.addAttribute("officers", officers);
        model.addAttribute("rooms", officeRooms);
        model.addAttribute("modes", ConsultationMode.values());
        model.addAttribute("zone", office.zone());
        model.addAttribute("facts", appointment == null ? null : letters.facts(appointment));
        model.addAttribute("canAct", canAct);
        return "scheduling/schedule";
    }

    /**
     * The week of slots: the week asked for, else the one of the date in the form (at first the day proposed), in
     * slots of the form's length; the request's officers and the room chosen, the appointment being moved left out.
     */
    private void addWeek(Office office, ConsultationRequest request, Appointment appointment, ScheduleForm form,
                         LocalDate weekOf, List<StaffUser> officers, List<MeetingRoom> officeRooms, Model model) {
        LocalDate day = weekOf != null ? weekOf : form.getDate() != null ? form.getDate() : proposedDay(office, request);
        Integer duration = form.getDurationMinutes();
        int minutes = duration == null || duration < SchedulingService.MIN_MINUTES || duration > SchedulingService.MAX_MINUTES
                ? SLOT_MINUTES : duration;
        Long room = officeRooms.stream().map(MeetingRoom::getId).filter(id -> id.equals(form.getRoomId())).findFirst()
                .orElse(null);
        model.addAttribute("week", availability.week(office, day, minutes, new Availability.Question(
                request.getAssigneeIds(), room, appointment == null ? null : appointment.getId(),
                request.getConsultationDueAt()), clock.instant()));
        model.addAttribute("slotMinutes", minutes);
        model.addAttribute("officerNames", officers.stream().collect(Collectors.toMap(StaffUser::getId, StaffUser::getFullName)));
        model.addAttribute("roomNames", officeRooms.stream().collect(Collectors.toMap(MeetingRoom::getId, MeetingRoom::getName)));
    }

    /** The message that says the applicant was mailed, or, without an e-mail address, what to do instead. */
    private static String told(ConsultationRequest request, String mailedKey) {
        return request.getApplicant().hasEmail() ? mailedKey : mailedKey + ".noEmail";
    }

    private LocalDate proposedDay(Office office, ConsultationRequest request) {
        if (request.getPreferredVisitAt() != null && request.getPreferredVisitAt().isAfter(clock.instant())) {
            return request.getPreferredVisitAt().atZone(office.zone()).toLocalDate();
        }
        return calendars.forOffice(office).nextWorkingDay(LocalDate.now(clock.withZone(office.zone())));
    }
}
