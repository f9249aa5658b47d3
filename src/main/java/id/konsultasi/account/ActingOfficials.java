package id.konsultasi.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import id.konsultasi.office.Offices;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who acts as head of office today: the head, or the acting official (Plh/Plt) of a delegation in
 * force on this day of the office's own calendar.
 */
@Service
@Transactional(readOnly = true)
public class ActingOfficials {

    private final Delegations delegations;
    private final StaffUsers users;
    private final Offices offices;
    private final Clock clock;

    ActingOfficials(Delegations delegations, StaffUsers users, Offices offices, Clock clock) {
        this.delegations = delegations;
        this.users = users;
        this.offices = offices;
        this.clock = clock;
    }

    /** The authority this person holds today on a head's behalf, if any. */
    public Optional<ActingAuthority> actingFor(StaffPrincipal staff) {
        if (staff.officeId() == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(offices.require(staff.officeId()).zone()));
        return delegations.activeFor(staff.id(), staff.officeId(), today).stream().findFirst()
                .flatMap(d -> users.findById(d.getHeadId())
                        .filter(head -> head.isActive() && head.has(Role.KADIS))
                        .map(head -> new ActingAuthority(d.getId(), d.getKind(), head.getId(), head.getFullName(),
                                head.getPosition(), d.getStartsOn(), d.getEndsOn())));
    }

    /** Whether this person decides as head of office today: the head, or an acting official in range. */
    public boolean actsAsHead(StaffPrincipal staff) {
        return staff.officeId() != null && (staff.has(Role.KADIS) || actingFor(staff).isPresent());
    }
}
