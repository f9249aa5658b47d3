package id.konsultasi.consultation;

import java.time.Clock;
import java.util.EnumSet;

import id.konsultasi.request.RequestStatus;
import id.konsultasi.shared.DueCounts;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports waiting for each reviewer and the late ones, paginated in the database: the division
 * head's (the request's division), the head's (the office), and an officer's own.
 */
@Service
@Transactional(readOnly = true)
public class ReportLists {

    public static final int PAGE_SIZE = 20;

    private final ConsultationRecords records;
    private final ConsultationAccess access;
    private final Clock clock;

    ReportLists(ConsultationRecords records, ConsultationAccess access, Clock clock) {
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    /** Filed reports waiting for this division head. */
    public Page<ReportRow> waitingForDivisionHead(StaffPrincipal staff, int page) {
        access.requireRole(staff, Role.KABID);
        if (staff.divisionId() == null) {
            return Page.empty(PageRequest.of(0, PAGE_SIZE));
        }
        return records.inDivision(staff.requireOffice(), staff.divisionId(), RecordStage.AT_DIVISION, page(page));
    }

    /** Held, not reported in time, in this division head's division. */
    public Page<ReportRow> lateInDivision(StaffPrincipal staff, int page) {
        access.requireRole(staff, Role.KABID);
        if (staff.divisionId() == null) {
            return Page.empty(PageRequest.of(0, PAGE_SIZE));
        }
        return records.late(staff.requireOffice(), staff.divisionId(), clock.instant(), page(page));
    }

    /** Reports waiting for the head's acknowledgement. */
    public Page<ReportRow> waitingForHead(StaffPrincipal staff, int page) {
        access.requireRole(staff, Role.KADIS);
        return records.inOffice(staff.requireOffice(), RecordStage.AT_HEAD, page(page));
    }

    /** Reports still with a division head, for the head's overview. */
    public Page<ReportRow> atDivisions(StaffPrincipal staff, int page) {
        access.requireRole(staff, Role.KADIS);
        return records.inOffice(staff.requireOffice(), RecordStage.AT_DIVISION, page(page));
    }

    /** Held, not reported in time, in the whole office. */
    public Page<ReportRow> lateInOffice(StaffPrincipal staff, int page) {
        access.requireRole(staff, Role.KADIS);
        return records.late(staff.requireOffice(), null, clock.instant(), page(page));
    }

    /** An officer's held and reported consultations: to write, returned, late, waiting for the reviewers. */
    public Page<OfficerReportRow> ofOfficer(StaffPrincipal staff, int page) {
        access.requireOfficer(staff);
        return records.ofOfficer(staff.id(), EnumSet.of(RequestStatus.HELD, RequestStatus.REPORTED), page(page));
    }

    /** How many filed reports wait for this division head (their division's); none without a division. */
    public long countWaitingForDivisionHead(StaffPrincipal staff) {
        access.requireRole(staff, Role.KABID);
        return staff.divisionId() == null ? 0
                : records.countByOfficeIdAndDivisionIdAndStage(staff.requireOffice(), staff.divisionId(),
                        RecordStage.AT_DIVISION);
    }

    /** How many reports wait for the head's acknowledgement. */
    public long countWaitingForHead(StaffPrincipal staff) {
        access.requireRole(staff, Role.KADIS);
        return records.countByOfficeIdAndStage(staff.requireOffice(), RecordStage.AT_HEAD);
    }

    /** An officer's reports still to write, per state of their deadline ({@link ReportDeadline}): one statement. */
    public DueCounts countToWrite(StaffPrincipal staff, DueCounts.Today today) {
        access.requireOfficer(staff);
        Object[] row = records.toWriteOf(staff.id(), today.now(), today.endOfToday()).get(0);
        return DueCounts.ofColumns(row[0], row[1], row[2]);
    }

    private static PageRequest page(int page) {
        return PageRequest.of(Math.max(0, page), PAGE_SIZE);
    }
}
