package id.konsultasi.consultation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.konsultasi.consultation.ConsultationRecord;
import id.konsultasi.consultation.HandoverFile;
import id.konsultasi.consultation.LetterSection;
import id.konsultasi.consultation.RecordContent;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.scheduling.Appointment;
import id.konsultasi.shared.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The consultation record as the officer types it; any part may be missing in a draft. */
class RecordForm {

    /** Blank rows offered below those already written. */
    static final int BLANK_FOLLOW_UPS = 2;

    /** -1 while nothing was saved yet. */
    private Long version = -1L;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime startTime;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime endTime;
    @Size(max = 2000)
    private String outsideHoursReason;
    private ConsultationMode modeUsed;
    private Long leadOfficerId;
    private Set<Long> companionIds = new LinkedHashSet<>();
    @Size(max = 2000)
    private String otherOfficials;
    @Size(max = 2000)
    private String otherAgencies;
    @Size(max = 2000)
    private String applicantAttendees;
    @Size(max = 8000)
    private String problem;
    @Size(max = 8000)
    private String discussion;
    @Size(max = 8000)
    private String advice;
    @Size(max = 8000)
    private String recommendations;
    @Size(max = 8000)
    private String solutions;
    @Size(max = 8000)
    private String handoverNote;
    private List<@Valid FollowUpRow> followUps = new ArrayList<>();
    private Set<LetterSection> letterSections = new LinkedHashSet<>();
    private Set<Long> releasedDocumentIds = new HashSet<>();
    private Set<Long> removeDocumentIds = new HashSet<>();
    private boolean fileForApplicant = true;

    /** The form showing a saved record. */
    static RecordForm of(ConsultationRecord record, ZoneId zone) {
        RecordForm form = new RecordForm();
        form.version = record.getVersion();
        if (record.getActualStart() != null) {
            ZonedDateTime start = record.getActualStart().atZone(zone);
            form.date = start.toLocalDate();
            form.startTime = start.toLocalTime();
        }
        if (record.getActualEnd() != null) {
            ZonedDateTime end = record.getActualEnd().atZone(zone);
            form.date = form.date == null ? end.toLocalDate() : form.date;
            form.endTime = end.toLocalTime();
        }
        form.outsideHoursReason = record.getOutsideHoursReason();
        form.modeUsed = record.getModeUsed();
        form.leadOfficerId = record.getLeadOfficerId();
        form.companionIds.addAll(record.getCompanionIds());
        form.otherOfficials = record.getOtherOfficials();
        form.otherAgencies = record.getOtherAgencies();
        form.applicantAttendees = record.getApplicantAttendees();
        form.problem = record.getProblem();
        form.discussion = record.getDiscussion();
        form.advice = record.getAdvice();
        form.recommendations = record.getRecommendations();
        form.solutions = record.getSolutions();
        form.handoverNote = record.getHandoverNote();
        record.getFollowUps().forEach(f -> form.followUps.add(FollowUpRow.of(f)));
        form.letterSections.addAll(record.getLetterSections());
        record.getHandoverFiles().stream().filter(HandoverFile::isForApplicant)
                .forEach(f -> form.releasedDocumentIds.add(f.getDocumentId()));
        form.padFollowUps();
        return form;
    }

    /** A new record, proposed from the appointment (its day and times, its mode, its team), else from today. */
    static RecordForm proposed(ConsultationRequest request, Appointment appointment, long staffId, LocalDate today,
                               ZoneId zone) {
        RecordForm form = new RecordForm();
        if (appointment != null) {
            ZonedDateTime start = appointment.getStartAt().atZone(zone);
            form.date = start.toLocalDate();
            form.startTime = start.toLocalTime();
            form.endTime = appointment.getEndAt().atZone(zone).toLocalTime();
            form.modeUsed = appointment.getMode();
            long lead = request.isAssignee(appointment.getContactPersonId()) ? appointment.getContactPersonId() : staffId;
            form.leadOfficerId = lead;
            appointment.getOfficerIds().stream().filter(id -> id != lead && request.isAssignee(id))
                    .forEach(form.companionIds::add);
        } else {
            form.date = today;
            form.modeUsed = request.getPreferredMode();
            form.leadOfficerId = staffId;
        }
        form.letterSections.addAll(ConsultationRecord.DEFAULT_LETTER_SECTIONS);
        form.padFollowUps();
        return form;
    }

    /** Marks a field the next step needs (a name from {@link ConsultationRecord#missingForReport()}) beside itself. */
    void rejectMissing(Errors errors, String field) {
        switch (field) {
            case "actualStart" -> errors.rejectValue(date == null ? "date" : "startTime", "consultation.required");
            case "actualEnd" -> {
                if (date != null) {
                    errors.rejectValue("endTime", "consultation.required");
                } else if (!errors.hasFieldErrors("date")) {
                    errors.rejectValue("date", "consultation.required");
                }
            }
            default -> {
                if (field.startsWith("followUps[")) {
                    int written = Integer.parseInt(field.substring("followUps[".length(), field.indexOf(']')));
                    errors.rejectValue("followUps[" + shownIndex(written) + "].action", "consultation.followUp.incomplete");
                } else {
                    errors.rejectValue(field, "consultation.required");
                }
            }
        }
    }

    /** The index among the rows shown of the n-th written row (blank rows may sit between them). */
    private int shownIndex(int written) {
        int seen = -1;
        for (int i = 0; i < followUps.size(); i++) {
            if (!followUps.get(i).isBlank() && ++seen == written) {
                return i;
            }
        }
        return 0;
    }

    /** What the officer typed, as the record's content; times in the office's zone. */
    RecordContent toContent(ZoneId zone) {
        Instant start = date == null || startTime == null ? null : ZonedDateTime.of(date, startTime, zone).toInstant();
        Instant end = date == null || endTime == null ? null : ZonedDateTime.of(date, endTime, zone).toInstant();
        List<id.konsultasi.consultation.FollowUp> rows = followUps.stream().filter(r -> !r.isBlank())
                .map(FollowUpRow::toFollowUp).toList();
        return new RecordContent(start, end, modeUsed, leadOfficerId, companionIds, Texts.orNull(otherOfficials),
                Texts.orNull(otherAgencies), Texts.orNull(applicantAttendees), Texts.orNull(problem), Texts.orNull(discussion), Texts.orNull(advice),
                Texts.orNull(recommendations), Texts.orNull(solutions), Texts.orNull(handoverNote), rows, letterSections,
                releasedDocumentIds, Texts.orNull(outsideHoursReason));
    }

    /** The rows written so far (blank ones dropped) and a few blank ones to write more. */
    void padFollowUps() {
        followUps.removeIf(FollowUpRow::isBlank);
        for (int i = 0; i < BLANK_FOLLOW_UPS; i++) {
            followUps.add(new FollowUpRow());
        }
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getOutsideHoursReason() {
        return outsideHoursReason;
    }

    public void setOutsideHoursReason(String outsideHoursReason) {
        this.outsideHoursReason = outsideHoursReason;
    }

    public ConsultationMode getModeUsed() {
        return modeUsed;
    }

    public void setModeUsed(ConsultationMode modeUsed) {
        this.modeUsed = modeUsed;
    }

    public Long getLeadOfficerId() {
        return leadOfficerId;
    }

    public void setLeadOfficerId(Long leadOfficerId) {
        this.leadOfficerId = leadOfficerId;
    }

    public Set<Long> getCompanionIds() {
        return companionIds;
    }

    public void setCompanionIds(Set<Long> companionIds) {
        this.companionIds = companionIds;
    }

    public String getOtherOfficials() {
        return otherOfficials;
    }

    public void setOtherOfficials(String otherOfficials) {
        this.otherOfficials = otherOfficials;
    }

    public String getOtherAgencies() {
        return otherAgencies;
    }

    public void setOtherAgencies(String otherAgencies) {
        this.otherAgencies = otherAgencies;
    }

    public String getApplicantAttendees() {
        return applicantAttendees;
    }

    public void setApplicantAttendees(String applicantAttendees) {
        this.applicantAttendees = applicantAttendees;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getDiscussion() {
        return discussion;
    }

    public void setDiscussion(String discussion) {
        this.discussion = discussion;
    }

    public String getAdvice() {
        return advice;
    }

    public void setAdvice(String advice) {
        this.advice = advice;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public String getSolutions() {
        return solutions;
    }

    public void setSolutions(String solutions) {
        this.solutions = solutions;
    }

    public String getHandoverNote() {
        return handoverNote;
    }

    public void setHandoverNote(String handoverNote) {
        this.handoverNote = handoverNote;
    }

    public List<FollowUpRow> getFollowUps() {
        return followUps;
    }

    public void setFollowUps(List<FollowUpRow> followUps) {
        this.followUps = followUps;
    }

    public Set<LetterSection> getLetterSections() {
        return letterSections;
    }

    public void setLetterSections(Set<LetterSection> letterSections) {
        this.letterSections = letterSections;
    }

    public Set<Long> getReleasedDocumentIds() {
        return releasedDocumentIds;
    }

    public void setReleasedDocumentIds(Set<Long> releasedDocumentIds) {
        this.releasedDocumentIds = releasedDocumentIds;
    }

    public Set<Long> getRemoveDocumentIds() {
        return removeDocumentIds;
    }

    public void setRemoveDocumentIds(Set<Long> removeDocumentIds) {
        this.removeDocumentIds = removeDocumentIds;
    }

    public boolean isFileForApplicant() {
        return fileForApplicant;
    }

    public void setFileForApplicant(boolean fileForApplicant) {
        this.fileForApplicant = fileForApplicant;
    }
}
