package id.konsultasi.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.konsultasi.office.Offices;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.Texts;
import id.konsultasi.shared.Versions;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The head of office names and revokes acting officials (Plh/Plt) for ranges of days. Only a head
 * manages delegations, and only their own.
 */
@Service
@Transactional
public class DelegationAdministration {

    private final Delegations delegations;
    private final StaffUsers users;
    private final Offices offices;
    private final Clock clock;

    DelegationAdministration(Delegations delegations, StaffUsers users, Offices offices, Clock clock) {
        this.delegations = delegations;
        this.users = users;
        this.offices = offices;
        this.clock = clock;
    }

    /** A delegation as the head's list shows it. */
    public record Line(Delegation delegation, String deputyName, String deputyPosition, boolean activeToday) {
    }

    /** What the head fills in. */
    public record NewDelegation(Long deputyId, DelegationKind kind, LocalDate startsOn, LocalDate endsOn,
                                String reason, String formKey) {
    }

    @Transactional(readOnly = true)
    public Page<Line> list(StaffPrincipal head, Pageable pageable) {
        AccountAccess.requireHead(head);
        Page<Delegation> page = delegations.findByHeadIdOrderByStartsOnDescIdDesc(head.id(), pageable);
        Map<Long, StaffUser> deputies = users.findAllById(page.map(Delegation::getDeputyId).toList()).stream()
                .collect(Collectors.toMap(StaffUser::getId, Function.identity()));
        LocalDate today = today(head);
        return page.map(d -> {
            StaffUser deputy = deputies.get(d.getDeputyId());
            return new Line(d, deputy == null ? "-" : deputy.getFullName(), deputy == null ? null : deputy.getPosition(),
                    d.isActiveOn(today));
        });
    }

    /** Who can stand in: the active staff of the office, apart from the head. */
    @Transactional(readOnly = true)
    public List<StaffUser> candidates(StaffPrincipal head) {
        AccountAccess.requireHead(head);
        return users.search(head.requireOffice(), "", Pageable.unpaged()).stream()
                .filter(u -> u.isActive() && u.getId() != head.id() && !u.has(Role.SYSTEM_ADMIN))
                .sorted(Comparator.comparing(StaffUser::getFullName))
                .toList();
    }

    /** Names an acting official. The same form sent twice gives the same delegation. */
    public Delegation create(StaffPrincipal head, NewDelegation delegation) {
        AccountAccess.requireHead(head);
        long officeId = head.requireOffice();
        if (delegation.formKey() != null) {
            Optional<Delegation> earlier = delegations.findByHeadIdAndFormKey(head.id(), delegation.formKey());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        StaffUser deputy = delegation.deputyId() == null ? null
                : users.findByIdAndOfficeId(delegation.deputyId(), officeId).orElse(null);
        if (deputy == null || !deputy.isActive() || deputy.getId() == head.id() || deputy.has(Role.SYSTEM_ADMIN)) {
            throw new InputRejected("deputyId", "delegation.deputy.invalid");
        }
        if (delegation.startsOn().isBefore(today(head))) {
            throw new InputRejected("startsOn", "delegation.startsOn.past");
        }
        if (delegation.endsOn().isBefore(delegation.startsOn())) {
            throw new InputRejected("endsOn", "delegation.endsOn.beforeStart");
        }
        if (!delegations.overlapping(head.id(), delegation.startsOn(), delegation.endsOn()).isEmpty()) {
            throw new InputRejected("startsOn", "delegation.overlap");
        }
        return delegations.saveAndFlush(new Delegation(officeId, head.id(), deputy.getId(), delegation.kind(),
                delegation.startsOn(), delegation.endsOn(), Texts.orNull(delegation.reason()), delegation.formKey(),
                clock.instant()));
    }

    /** Ends a delegation at once. */
    public void revoke(StaffPrincipal head, long delegationId, long version) {
        AccountAccess.requireHead(head);
        Delegation delegation = delegations.findByIdAndHeadId(delegationId, head.id())
                .orElseThrow(() -> new NotFoundException("delegation " + delegationId));
        Versions.check(delegation.getVersion(), version);
        delegation.revoke(clock.instant());
        delegations.saveAndFlush(delegation);
    }

    private LocalDate today(StaffPrincipal staff) {
        return LocalDate.now(clock.withZone(offices.require(staff.requireOffice()).zone()));
    }
}
