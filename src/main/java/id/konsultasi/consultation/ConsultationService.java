package id.konsultasi.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeCalendar;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationSteps;
import id.konsultasi.request.RequestAccess;
import id.konsultasi.request.RequestDocument;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.scheduling.Appointment;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.shared.ConflictException;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.Versions;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.upload.UploadRules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Holding the consultation and its report. The request's officers write the record (drafts as often as
 * they like), record that it was held and file the report; the division head of the request's division
 * returns or forwards it where the office's standard routes through one; the head acknowledges it (and
 * the request closes) or returns it. Every change of the request goes through the request module's services ({@link ConsultationSteps}).
 */
@Service
@Transactional
public class ConsultationService {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH.mm", INDONESIAN);
    /** a moment in a message of either language: 09-12-2026 23.10 */
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm", INDONESIAN);
    /** clocks differ a little; an end a few minutes ahead of ours is still an end */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final ConsultationRecords records;
    private final RequestService requests;
    private final ConsultationSteps steps;
    private final RequestAccess access;
    private final ConsultationAccess reportAccess;
    private final SchedulingService scheduling;
    private final OfficeDirectory directory;
    private final Offices offices;
    private final Divisions divisions;
    private final WorkingDayCalendar calendars;
    private final ConsultationSettings settings;
    private final StaffUsers staffUsers;
    private final MessageSource messages;
    private final Clock clock;
    private final DataSize maxFileSize;

    ConsultationService(ConsultationRecords records, RequestService requests, ConsultationSteps steps, RequestAccess access, ConsultationAccess reportAccess,
                        SchedulingService scheduling, OfficeDirectory directory, Offices offices, Divisions divisions,
                        WorkingDayCalendar calendars, ConsultationSettings settings, StaffUsers staffUsers,
                        MessageSource messages, Clock clock,
                        @Value("${konsultasi.intake.max-file-size:5MB}") DataSize maxFileSize) {
        this.records = records;
        this.requests = requests;
        this.steps = steps;
        this.access = access;
        this.reportAccess = reportAccess;
        this.scheduling = scheduling;
        this.directory = directory;
        this.offices = offices;
        this.divisions = divisions;
        this.calendars = calendars;
        this.settings = settings;
        this.staffUsers = staffUsers;
        this.messages = messages;
        this.clock = clock;
        this.maxFileSize = maxFileSize;
    }

    // --- who may do what ------------------------------------------------------------------------

    /** The request for one of its officers: 404 for another office, 403 for anyone else. */
    @Transactional(readOnly = true)
    public ConsultationRequest requestForOfficer(StaffPrincipal staff, long requestId) {
        ConsultationRequest request = requests.forStaff(staff, requestId);
        access.requireAssignee(staff, request);
        return request;
    }

    /** The request for those who read its report: its officers, its division head, the head. */
    @Transactional(readOnly = true)
    public ConsultationRequest requestForReader(StaffPrincipal staff, long requestId) {
        ConsultationRequest request = requests.forStaff(staff, requestId);
        reportAccess.requireReader(staff, request);
        return request;
    }

    /** The request for the head of its division (Kepala Bidang), who returns or forwards its report. */
    @Transactional(readOnly = true)
    public ConsultationRequest requestForDivisionHead(StaffPrincipal staff, long requestId) {
        ConsultationRequest request = requests.forStaff(staff, requestId);
        access.requireDivisionHead(staff, request);
        return request;
    }

    /** Whether this person returns or forwards this request's report now. */
    public boolean reviewsAsDivisionHead(StaffPrincipal staff, ConsultationRequest request, ConsultationRecord record) {
        return record != null && record.getStage() == RecordStage.AT_DIVISION && access.isDivisionHeadOf(staff, request);
    }

    /** Whether this person may return this request's report now: the reviewer it waits for. */
    public boolean mayReturn(StaffPrincipal staff, ConsultationRequest request, ConsultationRecord record) {
        return reviewsAsDivisionHead(staff, request, record) || acknowledgesAsHead(staff, request, record);
    }

    /** Whether this person acknowledges this request's report now. */
    public boolean acknowledgesAsHead(StaffPrincipal staff, ConsultationRequest request, ConsultationRecord record) {
        return record != null && record.getStage() == RecordStage.AT_HEAD && access.isHeadOf(staff, request);
    }

    /** The record of a request for its officers and reviewers, if anything was written yet. */
    @Transactional(readOnly = true)
    public Optional<ConsultationRecord> recordFor(StaffPrincipal staff, long requestId) {
        requestForReader(staff, requestId);
        return records.findByRequestId(requestId);
    }

    /** The request's appointment, if it has one (an urgent walk-in served at once has none). */
    @Transactional(readOnly = true)
    public Optional<Appointment> appointmentOf(long requestId) {
        return scheduling.activeFor(requestId).or(() -> scheduling.latestFor(requestId));
    }

    /** Whether the officers may still write: the consultation is assigned, scheduled or held and the report not filed. */
    public static boolean isWritable(ConsultationRequest request, ConsultationRecord record) {
        boolean requestOpen = request.getStatus() == RequestStatus.ASSIGNED
                || request.getStatus() == RequestStatus.SCHEDULED || request.getStatus() == RequestStatus.HELD;
        return requestOpen && (record == null || record.getStage().isEditable());
    }

    // --- writing --------------------------------------------------------------------------------

    /** Saves what the officer wrote, as a draft; a file chosen with it is stored encrypted. */
    public ConsultationRecord saveDraft(StaffPrincipal staff, long requestId, Long version, RecordContent content,
                                        Upload upload, Set<Long> removeDocumentIds) {
        ConsultationRequest request = requestForOfficer(staff, requestId);
        ConsultationRecord record = writable(request, version);
        write(staff, request, record, content, upload, removeDocumentIds);
        return records.saveAndFlush(record);
    }

    /**
     * Saves and records that the consultation took place; the report is due so many working days after
     * its end (the office's setting). What is missing is refused with {@link RecordIncomplete}, and what
     * was typed is kept as a draft all the same.
     */
    @Transactional(noRollbackFor = RecordIncomplete.class)
    public ConsultationRecord recordHeld(StaffPrincipal staff, long requestId, Long version, RecordContent content,
                                         Upload upload, Set<Long> removeDocumentIds) {
        ConsultationRequest request = requestForOfficer(staff, requestId);
        ConsultationRecord record = writable(request, version);
        write(staff, request, record, content, upload, removeDocumentIds);
        records.saveAndFlush(record);
        hold(staff, request, record);
        return records.saveAndFlush(record);
    }

    /**
     * Saves and files the report: to the division head where the office's standard routes through one
     * (and the request has a division), else to the head. Held first if it was not recorded as held yet.
     */
    @Transactional(noRollbackFor = RecordIncomplete.class)
    public ConsultationRecord fileReport(StaffPrincipal staff, long requestId, Long version, RecordContent content,
                                         Upload upload, Set<Long> removeDocumentIds) {
        ConsultationRequest request = requestForOfficer(staff, requestId);
        ConsultationRecord record = writable(request, version);
        write(staff, request, record, content, upload, removeDocumentIds);
        records.saveAndFlush(record);
        if (!record.missingForReport().isEmpty()) {
            throw new RecordIncomplete(record.missingForReport());
        }
        checkHeldTimes(request, record);
        if (record.getStage() == RecordStage.DRAFT) {
            hold(staff, request, record);
        }
        boolean viaDivision = directory.standard(request.getOfficeId()).switches().dispositionViaDivision()
                && request.getAssignedDivisionId() != null;
        record.file(viaDivision, clock.instant());
        String note = viaDivision
                ? message("consultation.note.filedViaDivision", divisionName(request))
                : message("consultation.note.filed");
        steps.fileReport(staff, requestId, note);
        return records.saveAndFlush(record);
    }

    // --- inside -----------------------------------------------------------------------------------

    private ConsultationRecord writable(ConsultationRequest request, Long version) {
        ConsultationRecord record = records.findByRequestId(request.getId()).orElse(null);
        if (!isWritable(request, record)) {
            throw new ConflictException("request " + request.getId() + " is " + request.getStatus()
                    + (record == null ? "" : ", its record " + record.getStage()));
        }
        if (record == null) {
            if (version != null && version >= 0) {
                throw new ConflictException("the record of request " + request.getId() + " is gone");
            }
            return new ConsultationRecord(request.getOfficeId(), request.getId(), request.getAssignedDivisionId(),
                    scheduling.activeFor(request.getId()).map(Appointment::getId).orElse(null), clock.instant());
        }
        Versions.check(record.getVersion(), version);
        return record;
    }

    private void write(StaffPrincipal staff, ConsultationRequest request, ConsultationRecord record,
                       RecordContent content, Upload upload, Set<Long> removeDocumentIds) {
        Set<Long> officers = request.getAssigneeIds();
        if (content.leadOfficerId() != null && !officers.contains(content.leadOfficerId())) {
            throw new InputRejected("leadOfficerId", "consultation.lead.invalid");
        }
        if (!officers.containsAll(content.companionIds())) {
            throw new InputRejected("companionIds", "consultation.companions.invalid");
        }
        if (content.actualStart() != null && content.actualEnd() != null
                && !content.actualEnd().isAfter(content.actualStart())) {
            throw new InputRejected("endTime", "consultation.end.beforeStart");
        }
        String leadName = content.leadOfficerId() == null ? null
                : staffUsers.findById(content.leadOfficerId()).map(StaffUser::getFullName).orElse(null);
        Instant now = clock.instant();
        record.write(content, leadName, staff.fullName(), now);
        if (record.getDivisionId() == null || !record.getDivisionId().equals(request.getAssignedDivisionId())) {
            record.divisionChanged(request.getAssignedDivisionId());
        }
        if (removeDocumentIds != null && !removeDocumentIds.isEmpty()) {
            Set<Long> removed = new HashSet<>();
            for (long documentId : removeDocumentIds) {
                if (record.handoverFile(documentId).isPresent()) {
                    record.removeHandover(documentId);
                    removed.add(documentId);
                }
            }
            if (!removed.isEmpty()) {
                records.saveAndFlush(record);
                removed.forEach(id -> requests.deleteHandover(staff, request.getId(), id));
            }
        }
        if (upload != null && upload.content() != null && upload.content().length > 0) {
            new UploadRules(maxFileSize, "consultation.file").accept("file", upload.filename(), upload.content());
            if (record.getId() == null) {
                records.saveAndFlush(record);
            }
            RequestDocument stored = requests.storeHandover(staff, request.getId(), upload.filename(), upload.content());
            record.addHandover(stored.getId(), stored.getFilename(), stored.getContentType(), stored.getSize(),
                    upload.forApplicant());
        }
    }

    private void hold(StaffPrincipal staff, ConsultationRequest request, ConsultationRecord record) {
        if (!record.missingForHeld().isEmpty()) {
            throw new RecordIncomplete(record.missingForHeld());
        }
        checkHeldTimes(request, record);
        Office office = offices.require(request.getOfficeId());
        int days = settings.of(office.getId()).getReportWorkingDays();
        Instant due = calendars.forOffice(office).workingDaysAfter(record.getActualEnd(), days).toInstant();
        if (request.getStatus() != RequestStatus.HELD) {
            var start = record.getActualStart().atZone(office.zone());
            var end = record.getActualEnd().atZone(office.zone());
            steps.recordHeld(staff, request.getId(), message("consultation.note.held",
                    DAY.format(start) + ", " + HOUR.format(start) + " - " + HOUR.format(end) + " "
                            + office.getZoneAbbreviation()));
        }
        scheduling.consultationHeld(request.getId(), record.getActualStart(), record.getActualEnd());
        record.held(clock.instant(), due);
    }

    /**
     * A consultation took place after its request was registered and decided (the officers assigned), to
     * the minute the form allows, and has ended (a draft written beforehand may carry the planned times);
     * outside the office's working hours (or on a day off) only with a reason.
     */
    private void checkHeldTimes(ConsultationRequest request, ConsultationRecord record) {
        Office office = offices.require(request.getOfficeId());
        Instant start = record.getActualStart();
        Instant end = record.getActualEnd();
        if (end.isAfter(clock.instant().plus(CLOCK_TOLERANCE))) {
            throw new InputRejected("endTime", "consultation.end.future");
        }
        checkNotBefore(start, request.assignedAt(), "consultation.start.beforeAssignment", office);
        checkNotBefore(start, request.getRegisteredAt(), "consultation.start.beforeRegistration", office);
        checkNotBefore(start, request.getSubmittedAt(), "consultation.start.beforeRegistration", office);
        OfficeCalendar calendar = calendars.forOffice(office);
        var from = start.atZone(office.zone());
        var to = end.atZone(office.zone());
        boolean insideHours = calendar.isWorkingDay(from.toLocalDate()) && to.toLocalDate().equals(from.toLocalDate())
                && !from.toLocalTime().isBefore(calendar.opening()) && !to.toLocalTime().isAfter(calendar.closing());
        if (!insideHours && (record.getOutsideHoursReason() == null || record.getOutsideHoursReason().isBlank())) {
            throw new InputRejected("outsideHoursReason", "consultation.outsideHours.reasonRequired",
                    HOUR.format(calendar.opening()), HOUR.format(calendar.closing()), office.getZoneAbbreviation());
        }
    }

    /** Refuses a start before {@code moment} (taken to the minute), beside the date when it is an earlier day. */
    private static void checkNotBefore(Instant start, Instant moment, String key, Office office) {
        if (moment == null) {
            return;
        }
        var earliest = moment.atZone(office.zone()).truncatedTo(ChronoUnit.MINUTES);
        if (start.isBefore(earliest.toInstant())) {
            boolean earlierDay = start.atZone(office.zone()).toLocalDate().isBefore(earliest.toLocalDate());
            throw new InputRejected(earlierDay ? "date" : "startTime", key,
                    MOMENT.format(earliest) + " " + office.getZoneAbbreviation());
        }
    }

    private String divisionName(ConsultationRequest request) {
        return divisions.findById(request.getAssignedDivisionId()).map(d -> d.getName()).orElse("");
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, INDONESIAN);
    }
}
