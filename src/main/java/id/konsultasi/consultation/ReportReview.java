package id.konsultasi.consultation;

import java.time.Clock;
import java.time.Instant;

import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationSteps;
import id.konsultasi.request.RequestAccess;
import id.konsultasi.request.RequestNumbers;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.ConflictException;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.Versions;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of a filed report, by the reviewers it waits for: the head of the request's division returns it
 * or forwards it to the head; the head returns it or acknowledges it (the closing letter is numbered and the
 * request closes). The officers' side, writing and filing, is {@link ConsultationService}'s.
 */
@Service
@Transactional
public class ReportReview {

    private final ConsultationRecords records;
    private final RequestService requests;
    private final ConsultationSteps steps;
    private final RequestAccess access;
    private final Offices offices;
    private final RequestNumbers numbers;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportReview(ConsultationRecords records, RequestService requests, ConsultationSteps steps, RequestAccess access,
                 Offices offices, RequestNumbers numbers, MessageSource messages, ApplicationEventPublisher events,
                 Clock clock) {
        this.records = records;
        this.requests = requests;
        this.steps = steps;
        this.access = access;
        this.offices = offices;
        this.numbers = numbers;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The reviewer the report waits for sends it back to the officers with a remark (an internal note in the
     * timeline): the division head while it is with the division head, the head once it reached the head
     * (straight, where the standard routes reports without a division head, or forwarded).
     */
    public void returnReport(StaffPrincipal staff, long requestId, Long version, String remark) {
        ConsultationRequest request = requests.forStaff(staff, requestId);
        access.requireReviewer(staff, request);
        boolean divisionHead = access.isDivisionHeadOf(staff, request);
        boolean head = access.isHeadOf(staff, request);
        ConsultationRecord record = existing(requestId, version);
        if (remark == null || remark.isBlank()) {
            throw new InputRejected("remark", "consultation.review.remarkRequired");
        }
        if (divisionHead && record.getStage() == RecordStage.AT_DIVISION) {
            record.returned(remark.strip(), staff.fullName(), clock.instant());
        } else if (head && record.getStage() == RecordStage.AT_HEAD) {
            record.returnedByHead(remark.strip(), staff.fullName(), clock.instant());
        } else {
            throw new ConflictException("record of request " + requestId + " is " + record.getStage());
        }
        steps.returnReport(staff, requestId, remark.strip());
        records.save(record);
    }

    /** The division head forwards the report to the head. */
    public void forwardReport(StaffPrincipal staff, long requestId, Long version, String note) {
        access.requireDivisionHead(staff, requests.forStaff(staff, requestId));
        ConsultationRecord record = existing(requestId, version);
        record.forwarded(staff.fullName(), clock.instant());
        String text = message("consultation.note.forwarded");
        if (note != null && !note.isBlank()) {
            text = text + " " + note.strip();
        }
        steps.forwardReport(staff, requestId, text);
        records.save(record);
        events.publishEvent(new ReportForwarded(requestId, record.getOfficeId(), clock.instant()));
    }

    /** The head acknowledges the report: the closing letter is numbered and the request closes. */
    public void acknowledge(StaffPrincipal staff, long requestId, Long version) {
        ConsultationRequest request = requests.forStaff(staff, requestId);
        access.requireHead(staff, request);
        ConsultationRecord record = existing(requestId, version);
        if (record.getStage() != RecordStage.AT_HEAD) {
            throw new ConflictException("record of request " + requestId + " is " + record.getStage());
        }
        Office office = offices.require(request.getOfficeId());
        Instant now = clock.instant();
        record.acknowledged(staff.id(), staff.fullName(), now);
        steps.acknowledgeReport(staff, requestId, message("consultation.note.acknowledged"));
        records.save(record);
        // last: the office's letter counter stays locked only until the commit
        record.closingLetterNumbered(numbers.nextLetterNumber(office.getId(), office.getReceiptPrefix(),
                RequestNumbers.yearOf(now, office.zone())));
    }

    private ConsultationRecord existing(long requestId, Long version) {
        ConsultationRecord record = records.findByRequestId(requestId)
                .orElseThrow(() -> new NotFoundException("record of request " + requestId));
        Versions.check(record.getVersion(), version);
        return record;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ConsultationService.INDONESIAN);
    }
}
