package id.konsultasi.alert;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.konsultasi.account.ActingOfficials;
import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.shared.security.Role;

import org.springframework.stereotype.Component;

/** Who is told: the people who decide, assign, serve or answer, as the account module knows them. */
@Component
class Recipients {

    private final StaffUsers users;
    private final ActingOfficials acting;

    Recipients(StaffUsers users, ActingOfficials acting) {
        this.users = users;
        this.acting = acting;
    }

    /** The head of office and whoever acts as head today (Plh/Plt). */
    List<StaffUser> deciders(long officeId) {
        return acting.deciders(officeId);
    }

    /** The active heads of a division. */
    List<StaffUser> divisionHeads(long officeId, Long divisionId) {
        if (divisionId == null) {
            return List.of();
        }
        return users.activeWithRole(officeId, Role.KABID).stream()
                .filter(u -> divisionId.equals(u.getDivisionId())).toList();
    }

    /** The active members of an office holding one of the roles, each once. */
    List<StaffUser> withRoles(long officeId, Set<Role> roles) {
        Map<Long, StaffUser> people = new LinkedHashMap<>();
        for (Role role : roles) {
            users.activeWithRole(officeId, role).forEach(u -> people.putIfAbsent(u.getId(), u));
        }
        return List.copyOf(people.values());
    }

    /** These people (their office and activity are checked when the notice is written). */
    List<StaffUser> people(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : users.findAllById(ids);
    }
}
