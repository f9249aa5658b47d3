package id.konsultasi.scheduling.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;

import id.konsultasi.request.ConsultationMode;
import id.konsultasi.scheduling.PlanInput;
import id.konsultasi.scheduling.SchedulingService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The appointment as the officer enters it. A slot chosen on the week's grid gives the date and the start (with a
 * script the grid fills the inputs as well; without one the inputs keep what they held and the slot wins).
 */
class ScheduleForm {

    private Long version;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime startTime;
    /** A slot chosen on the week's grid: its day and start, over what the date and time inputs hold. */
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime slot;
    @NotNull
    @Min(SchedulingService.MIN_MINUTES)
    @Max(SchedulingService.MAX_MINUTES)
    private Integer durationMinutes;
    @NotNull
    private ConsultationMode mode;
    private Long roomId;
    @Size(max = 500)
    private String meetingLink;
    @Size(max = 1000)
    private String joinInstructions;
    @NotEmpty
    private Set<Long> officerIds = new HashSet<>();
    @NotNull
    private Long contactPersonId;
    @Size(max = 1000)
    private String whatToBring;
    @Size(max = 1000)
    private String lateReason;
    @Size(max = 1000)
    private String reason;

    PlanInput toInput() {
        return new PlanInput(getDate(), getStartTime(), durationMinutes, mode, roomId, meetingLink, joinInstructions, officerIds,
                contactPersonId, whatToBring, lateReason);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    @NotNull
    public LocalDate getDate() { return slot != null ? slot.toLocalDate() : date; }
    public void setDate(LocalDate date) { this.date = date; }
    @NotNull
    public LocalTime getStartTime() { return slot != null ? slot.toLocalTime() : startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalDateTime getSlot() { return slot; }
    public void setSlot(LocalDateTime slot) { this.slot = slot; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public ConsultationMode getMode() { return mode; }
    public void setMode(ConsultationMode mode) { this.mode = mode; }
    public Long getRoomId() { return roomId; }
    public void setRoomId(Long roomId) { this.roomId = roomId; }
    public String getMeetingLink() { return meetingLink; }
    public void setMeetingLink(String meetingLink) { this.meetingLink = meetingLink; }
    public String getJoinInstructions() { return joinInstructions; }
    public void setJoinInstructions(String joinInstructions) { this.joinInstructions = joinInstructions; }
    public Set<Long> getOfficerIds() { return officerIds; }
    public void setOfficerIds(Set<Long> officerIds) { this.officerIds = officerIds == null ? new HashSet<>() : officerIds; }
    public Long getContactPersonId() { return contactPersonId; }
    public void setContactPersonId(Long contactPersonId) { this.contactPersonId = contactPersonId; }
    public String getWhatToBring() { return whatToBring; }
    public void setWhatToBring(String whatToBring) { this.whatToBring = whatToBring; }
    public String getLateReason() { return lateReason; }
    public void setLateReason(String lateReason) { this.lateReason = lateReason; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
