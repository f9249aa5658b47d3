package id.konsultasi.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.office.Division;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo offices and users once; a restart finds them and leaves everything as it is. Demo
 * users are {@code <role>.<office>} (e.g. {@code kadis.buton}) and {@code admin}, all with the
 * password {@value #PASSWORD}. Loaded by {@link DemoLoading} before the web server opens.
 */
@Component
@Profile("demo")
public class DemoData {

    public static final String PASSWORD = "konsultasi-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final StaffPrincipal SYSTEM = new StaffPrincipal(0, "system", "system", null, null,
            EnumSet.of(Role.SYSTEM_ADMIN));

    /** role prefix of the username, role, name, position; {@code null} division = none */
    private static final Map<String, List<DemoPerson>> PEOPLE = Map.of(
            "buton", List.of(
                    new DemoPerson("admin", Role.OFFICE_ADMIN, "Rahmat Hidayat", "Pranata Komputer", null),
                    new DemoPerson("piket", Role.PIKET, "Wa Ode Nurhaya", "Petugas Piket", null),
                    new DemoPerson("sekretariat", Role.SEKRETARIAT, "La Ode Safaruddin", "Pengadministrasi Umum", "Sekretariat"),
                    new DemoPerson("kadis", Role.KADIS, "Drs. La Ode Muhammad Arifin, M.Si.", "Kepala Dinas Sosial", null),
                    new DemoPerson("kabid", Role.KABID, "Hasniah, S.Sos.", "Kepala Bidang Rehabilitasi Sosial", "Bidang Rehabilitasi Sosial"),
                    new DemoPerson("petugas", Role.PETUGAS, "Muhammad Yusran, S.Tr.Sos.", "Pekerja Sosial Ahli Pertama", "Bidang Rehabilitasi Sosial")),
            "babel", List.of(
                    new DemoPerson("admin", Role.OFFICE_ADMIN, "Andi Pratama", "Pranata Komputer", null),
                    new DemoPerson("piket", Role.PIKET, "Siti Rahmawati", "Petugas Piket", null),
                    new DemoPerson("sekretariat", Role.SEKRETARIAT, "Yuliana Sari", "Analis Tata Usaha (Tim PKD)", "Sekretariat"),
                    new DemoPerson("kadis", Role.KADIS, "Dr. Ir. Budi Santoso, M.M.", "Kepala Dinas Sosial dan PMD", null),
                    new DemoPerson("kabid", Role.KABID, "Rina Marlina, S.E., M.Si.", "Kepala Bidang Rehabilitasi Sosial", "Bidang Rehabilitasi Sosial"),
                    new DemoPerson("petugas", Role.PETUGAS, "Fajar Nugroho, S.Sos.", "Penyuluh Sosial Ahli Muda", "Bidang Rehabilitasi Sosial")));

    /**
     * Added after the first release of the demo data: a second officer per division used in the demos,
     * so that companions can be chosen. Created when missing, also in an existing local database.
     */
    private static final Map<String, List<DemoPerson>> MORE_PEOPLE = Map.of(
            "buton", List.of(
                    new DemoPerson("petugas2", Role.PETUGAS, "Wa Ode Sitti Marlina, S.Sos.", "Penyuluh Sosial Ahli Pertama", "Bidang Rehabilitasi Sosial")),
            "babel", List.of(
                    new DemoPerson("petugas2", Role.PETUGAS, "Dedi Kurniawan, S.Kesos.", "Pekerja Sosial Ahli Pertama", "Bidang Rehabilitasi Sosial")));

    private final Offices offices;
    private final OfficeAdministration officeAdministration;
    private final id.konsultasi.office.Divisions divisions;
    private final StaffUsers users;
    private final UserAdministration userAdministration;
    private final TransactionTemplate transactions;

    DemoData(Offices offices, OfficeAdministration officeAdministration, id.konsultasi.office.Divisions divisions,
             StaffUsers users, UserAdministration userAdministration, TransactionTemplate transactions) {
        this.offices = offices;
        this.officeAdministration = officeAdministration;
        this.divisions = divisions;
        this.users = users;
        this.userAdministration = userAdministration;
        this.transactions = transactions;
    }

    public void load() {
        transactions.executeWithoutResult(status -> {
            for (DemoOffices.Seed seed : List.of(DemoOffices.BUTON, DemoOffices.BABEL)) {
                if (offices.existsByCode(seed.code())) {
                    continue;
                }
                Office office = officeAdministration.createOffice(seed.code(), seed.profile(), seed.standard());
                seed.divisions().forEach(name -> officeAdministration.addDivision(office.getId(), name));
                seed.rooms().forEach(room -> officeAdministration.addRoom(office.getId(), room[0], room[1], 12));
                officeAdministration.placeLettersAt(office.getId(), seed.place());
                DemoOffices.Names names = DemoOffices.NAMES.get(seed.code());
                if (names != null) {
                    office.nameStaff(names.names(), names.complaintsInAgendaBook());
                }
                office.reviseInternalComponents(DemoOffices.internalComponents(seed.code()), DemoOffices.PLEDGE);
                createPeople(office, PEOPLE.get(seed.code()));
                log.info("Demo office {} loaded", seed.code());
            }
            for (DemoOffices.Seed seed : List.of(DemoOffices.BUTON, DemoOffices.BABEL)) {
                Office office = offices.findByCode(seed.code()).orElseThrow();
                createPeople(office, MORE_PEOPLE.get(seed.code()).stream()
                        .filter(p -> !users.existsByUsernameIgnoreCase(p.prefix() + "." + office.getCode()))
                        .toList(), 1100);
            }
            if (!users.existsByUsernameIgnoreCase("admin")) {
                userAdministration.create(SYSTEM, null, "admin", PASSWORD,
                        new StaffUser.Profile("Administrator Sistem", "Administrator Sistem", null, null, null, null),
                        EnumSet.of(Role.SYSTEM_ADMIN));
            }
        });
    }

    private void createPeople(Office office, List<DemoPerson> people) {
        createPeople(office, people, 1000);
    }

    private void createPeople(Office office, List<DemoPerson> people, int firstPhone) {
        Map<String, Long> divisionIds = new java.util.HashMap<>();
        for (Division d : divisions.findByOfficeIdOrderByName(office.getId())) {
            divisionIds.put(d.getName(), d.getId());
        }
        for (DemoPerson p : people) {
            Long divisionId = p.division() == null ? null : divisionIds.get(p.division());
            String username = p.prefix() + "." + office.getCode();
            String email = username + "@demo.konsultasi.id";
            userAdministration.create(SYSTEM, office.getId(), username, PASSWORD,
                    new StaffUser.Profile(p.name(), p.position(), null, "08123456" + (firstPhone + people.indexOf(p)),
                            email, divisionId), EnumSet.of(p.role()));
        }
    }

    private record DemoPerson(String prefix, Role role, String name, String position, String division) {
    }
}
