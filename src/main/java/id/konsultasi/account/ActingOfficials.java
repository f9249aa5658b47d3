package id.konsultasi.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Who decides as head of the office today: its active heads and the acting officials (Plh/Plt) of the
     * delegations in force, each once.
     */
    public List<StaffUser> deciders(long officeId) {
        LocalDate today = LocalDate.now(clock.withZone(offices.require(officeId).zone()));
        Map<Long, StaffUser> people = new LinkedHashMap<>();
        users.activeWithRole(officeId, Role.KADIS).forEach(head -> people.put(head.getId(), head));
        for (Delegation d : delegations.activeIn(officeId, today)) {
            users.findById(d.getDeputyId()).filter(StaffUser::isActive)
                    .ifPresent(deputy -> people.putIfAbsent(deputy.getId(), deputy));
        }
        return List.copyOf(people.values());
    }

    /** Whether this person decides as head of office today: the head, or an acting official in range. */
    public boolean actsAsHead(StaffPrincipal staff) {
        return staff.officeId() != null && (staff.has(Role.KADIS) || actingFor(staff).isPresent());
    }
}
