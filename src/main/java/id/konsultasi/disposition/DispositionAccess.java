package id.konsultasi.disposition;

import java.util.Optional;

import id.konsultasi.account.ActingAuthority;
import id.konsultasi.account.ActingOfficials;
import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who decides, assigns and sees what in the disposition module: the head (or the acting official, Plh/Plt, on
 * the head's behalf) decides; the head of the division a request was disposed to assigns its officers; the lead
 * officer attaches the telaahan staf; those who work on a request see its disposition. The {@code require}
 * methods refuse with an {@link AccessDeniedException} (a 403 page).
 */
@Component
public class DispositionAccess {

    private final ActingOfficials acting;
    private final StaffUsers users;

    DispositionAccess(ActingOfficials acting, StaffUsers users) {
        this.acting = acting;
        this.users = users;
    }

    /** Who signs the head's decision when this person decides: the head, or the acting official; else empty. */
    public Optional<Signatory> headSignatory(StaffPrincipal staff) {
        if (staff.officeId() == null) {
            return Optional.empty();
        }
        if (staff.has(Role.KADIS)) {
            StaffUser me = user(staff);
            return Optional.of(Signatory.self(me.getId(), me.getFullName(), me.getPosition()));
        }
        Optional<ActingAuthority> authority = acting.actingFor(staff);
        if (authority.isEmpty()) {
            return Optional.empty();
        }
        StaffUser me = user(staff);
        return Optional.of(Signatory.acting(me.getId(), me.getFullName(), me.getPosition(), authority.get()));
    }

    /** The acting authority of someone who is not the head, if they hold one today. */
    public Optional<ActingAuthority> actingAuthority(StaffPrincipal staff) {
        return staff.has(Role.KADIS) ? Optional.empty() : acting.actingFor(staff);
    }

    /**
     * Whether this person works on the request, and so sees its disposition page, its lembar disposisi and its
     * refusal letter: the head (or the acting official), the head of the division it went to, its officers and
     * the secretariat that files the lembar disposisi.
     */
    public boolean worksOn(StaffPrincipal staff, ConsultationRequest request) {
        return staff.belongsTo(request.getOfficeId()) && (headSignatory(staff).isPresent() || headsDivisionOf(staff, request)
                || request.isAssignee(staff.id()) || staff.has(Role.SEKRETARIAT));
    }

    /** Whether this person heads the division the request was disposed to. */
    public boolean headsDivisionOf(StaffPrincipal staff, ConsultationRequest request) {
        return staff.has(Role.KABID) && staff.divisionId() != null
                && staff.divisionId().equals(request.getAssignedDivisionId());
    }

    /** Only those who work on the request see its disposition. */
    public void requireWorksOn(StaffPrincipal staff, ConsultationRequest request) {
        if (!worksOn(staff, request)) {
            throw new AccessDeniedException("not working on this request");
        }
    }

    /** Only the head (or the acting official) decides: who signs the decision. */
    public Signatory requireHead(StaffPrincipal staff) {
        return headSignatory(staff)
                .orElseThrow(() -> new AccessDeniedException("only the head of office (or the acting official) decides"));
    }

    /** Only the head decides, as the request's page says ({@link DispositionRecords.RequestFile#headSignatory()}). */
    public void requireHead(DispositionRecords.RequestFile file) {
        if (file.headSignatory() == null) {
            throw new AccessDeniedException("only the head of office (or the acting official) decides");
        }
    }

    /**
     * Only the head, or the acting official, sees the head's dashboard: the acting official's authority, or
     * null for the head.
     */
    public ActingAuthority requireHeadsDashboard(StaffPrincipal staff) {
        if (staff.has(Role.KADIS)) {
            return null;
        }
        return actingAuthority(staff)
                .orElseThrow(() -> new AccessDeniedException("only the head of office sees this dashboard"));
    }

    /** Only a division head has a division inbox. */
    public void requireDivisionInbox(StaffPrincipal staff) {
        if (!staff.has(Role.KABID) || staff.divisionId() == null) {
            throw new AccessDeniedException("only a division head has a division inbox");
        }
    }

    /** Only the head of the division the request was disposed to assigns its officers. */
    public void requireDivisionHeadOf(StaffPrincipal staff, ConsultationRequest request) {
        if (!headsDivisionOf(staff, request)) {
            throw new AccessDeniedException("only the head of the division assigns its officers");
        }
    }

    /** The same, as the request's page says. */
    public void requireDivisionHeadOf(DispositionRecords.RequestFile file) {
        if (!file.rights().divisionHead()) {
            throw new AccessDeniedException("only the head of the division assigns its officers");
        }
    }

    /** Only the lead officer of the request's assignment attaches the telaahan staf: the assignment. */
    public Assignment requireLeadOfficer(StaffPrincipal staff, Optional<Assignment> assignment) {
        Assignment assigned = assignment.orElseThrow(() -> new AccessDeniedException("nobody is assigned yet"));
        if (!assigned.isLead(staff.id())) {
            throw new AccessDeniedException("only the lead officer attaches the telaahan staf");
        }
        return assigned;
    }

    /** The same, as the request's page says. */
    public void requireLeadOfficer(DispositionRecords.RequestFile file) {
        if (!file.canAttachStaffAnalysis()) {
            throw new AccessDeniedException("only the lead officer attaches the telaahan staf");
        }
    }

    private StaffUser user(StaffPrincipal staff) {
        return users.findById(staff.id()).orElseThrow(() -> new NotFoundException("user " + staff.id()));
    }
}
