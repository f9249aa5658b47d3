package id.konsultasi.support;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.konsultasi.shared.security.Role;

/**
 * The demo users the access tests sign in as: one per role in each office ({@code <prefix>.<office>}, e.g.
 * {@code kadis.buton}), a second officer ({@code petugas2.<office>}) and the system administrator ({@code admin}),
 * who belongs to no office.
 */
public final class DemoStaff {

    /** The prefix of each role's demo user. */
    public static final Map<Role, String> PREFIX = new EnumMap<>(Map.of(Role.OFFICE_ADMIN, "admin", Role.PIKET, "piket",
            Role.SEKRETARIAT, "sekretariat", Role.KADIS, "kadis", Role.KABID, "kabid", Role.PETUGAS, "petugas"));

    public static final String SYSTEM_ADMIN = "admin";

    private DemoStaff() {
    }

    /** The demo user of the role in the office; the system administrator whatever the office. */
    public static String of(Role role, String office) {
        return role == Role.SYSTEM_ADMIN ? SYSTEM_ADMIN : PREFIX.get(role) + "." + office;
    }

    /** The demo user of each role in the office, the system administrator's included. */
    public static Map<Role, String> byRole(String office) {
        Map<Role, String> users = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            users.put(role, of(role, office));
        }
        return users;
    }

    /** Every demo user of the office, in the order of the roles, the second officer last. */
    public static List<String> of(String office) {
        List<String> users = new ArrayList<>();
        PREFIX.values().forEach(prefix -> users.add(prefix + "." + office));
        users.add("petugas2." + office);
        return users;
    }
}
