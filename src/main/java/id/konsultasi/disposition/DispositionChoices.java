package id.konsultasi.disposition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.office.Division;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The choices open to a decision and the ones made: the officers the head or a division head may choose, the
 * office's divisions, whether the office's standard routes dispositions through a division, and a request's
 * disposition and assignment.
 */
@Service
@Transactional(readOnly = true)
public class DispositionChoices {

    private final StaffUsers users;
    private final Divisions divisions;
    private final OfficeDirectory directory;
    private final Dispositions dispositions;
    private final Assignments assignments;

    DispositionChoices(StaffUsers users, Divisions divisions, OfficeDirectory directory, Dispositions dispositions,
                       Assignments assignments) {
        this.users = users;
        this.divisions = divisions;
        this.directory = directory;
        this.dispositions = dispositions;
        this.assignments = assignments;
    }

    public Optional<Disposition> dispositionOf(long requestId) {
        return dispositions.findByRequestId(requestId);
    }

    public Optional<Assignment> assignmentOf(long requestId) {
        return assignments.findByRequestId(requestId);
    }

    /** The office's divisions by name, inactive ones included (a past decision may name one). */
    List<Division> divisionsOf(long officeId) {
        return divisions.findByOfficeIdOrderByName(officeId);
    }

    /**
     * The officers the head may choose straight away (the office's officers and division heads), or the
     * members of a division its head may choose.
     */
    @Transactional(readOnly = true)
    public List<StaffUser> eligible(long officeId, Long divisionId) {
        Map<Long, StaffUser> eligible = new java.util.LinkedHashMap<>();
        for (Role role : new Role[]{Role.PETUGAS, Role.KABID}) {
            for (StaffUser user : users.activeWithRole(officeId, role)) {
                if (divisionId == null || divisionId.equals(user.getDivisionId())) {
                    eligible.putIfAbsent(user.getId(), user);
                }
            }
        }
        return eligible.values().stream()
                .sorted(java.util.Comparator.comparing((StaffUser u) -> u.has(Role.KABID))
                        .thenComparing(StaffUser::getFullName))
                .toList();
    }

    /** The lead officer first, then the companions, each checked against those who may be chosen. */
    List<StaffUser> chosen(long officeId, Long divisionId, Long leadId, Collection<Long> companionIds,
                           String leadField) {
        Map<Long, StaffUser> eligible = eligible(officeId, divisionId).stream()
                .collect(Collectors.toMap(StaffUser::getId, Function.identity()));
        if (leadId == null || !eligible.containsKey(leadId)) {
            throw new InputRejected(leadField, "disposition.lead.required");
        }
        List<StaffUser> officers = new ArrayList<>();
        officers.add(eligible.get(leadId));
        Set<Long> companions = new LinkedHashSet<>(companionIds == null ? List.of() : companionIds);
        companions.remove(leadId);
        for (Long id : companions) {
            StaffUser companion = eligible.get(id);
            if (companion == null) {
                throw new InputRejected("companionIds", "disposition.companions.invalid");
            }
            officers.add(companion);
        }
        return officers;
    }

    /** Whether the office's standard has the head dispose to a division (else straight to officers). */
    boolean viaDivision(long officeId) {
        return directory.standard(officeId).switches().dispositionViaDivision();
    }

    /** The office's active division of that id, or a message beside the division field. */
    Division activeDivision(long officeId, Long divisionId) {
        return Optional.ofNullable(divisionId).flatMap(id -> divisions.findByIdAndOfficeId(id, officeId))
                .filter(Division::isActive)
                .orElseThrow(() -> new InputRejected("divisionId", "disposition.division.required"));
    }

    /** The signed-in person's own account. */
    StaffUser user(StaffPrincipal staff) {
        return users.findById(staff.id()).orElseThrow(() -> new NotFoundException("user " + staff.id()));
    }
}
