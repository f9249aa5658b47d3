package id.konsultasi.support;

import java.util.EnumSet;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

/** Staff members of a test's own, so that no test changes what the demo users may do in another. */
public final class TestStaff {

    public static final StaffPrincipal SYSTEM = new StaffPrincipal(0, "system", "system", null, null,
            EnumSet.of(Role.SYSTEM_ADMIN));

    private TestStaff() {
    }

    /** A new active user of the office; returns the username. */
    public static String create(UserAdministration administration, Offices offices, Divisions divisions, String office,
                         Role role, String fullName, String divisionName) {
        long officeId = offices.findByCode(office).orElseThrow().getId();
        Long divisionId = divisionName == null ? null : divisions.findByOfficeIdOrderByName(officeId).stream()
                .filter(d -> d.getName().equals(divisionName)).findFirst().orElseThrow().getId();
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "." + office;
        administration.create(SYSTEM, officeId, username, "rahasia-sekali-123",
                new StaffUser.Profile(fullName, "Pejabat Uji", null, null, null, divisionId), EnumSet.of(role));
        return username;
    }
}
