package id.konsultasi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import id.konsultasi.account.StaffUsers;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.Holidays;
import id.konsultasi.office.MeetingRooms;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.Offices;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.shared.security.Role;
import id.konsultasi.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The demo data holds both offices as published, and loading it again changes nothing. */
@IntegrationTest
class DemoDataTests {

    @Autowired
    DemoData demoData;
    @Autowired
    Offices offices;
    @Autowired
    OfficeDirectory directory;
    @Autowired
    Divisions divisions;
    @Autowired
    MeetingRooms rooms;
    @Autowired
    Holidays holidays;
    @Autowired
    StaffUsers users;

    @Test
    void bothOfficesCarryTheirWholeStandard() {
        Office buton = offices.findByCode("buton").orElseThrow();
        ServiceStandard.Revision b = directory.standard(buton.getId());
        assertThat(buton.getTimeZone()).isEqualTo("Asia/Makassar");
        assertThat(b.requirements()).hasSize(7);
        assertThat(b.procedure()).hasSize(9);
        assertThat(b.limits()).isEqualTo(new ServiceStandard.TimeLimits(1, 3, 60));
        assertThat(b.products()).hasSize(1);
        assertThat(b.complaintChannels()).hasSize(5);
        assertThat(b.switches()).isEqualTo(new ServiceStandard.WorkflowSwitches(false, false, false, true, true));

        Office babel = offices.findByCode("babel").orElseThrow();
        ServiceStandard.Revision s = directory.standard(babel.getId());
        assertThat(babel.getTimeZone()).isEqualTo("Asia/Jakarta");
        assertThat(s.requirements()).hasSize(3);
        assertThat(s.procedure()).hasSize(9);
        assertThat(s.limits()).isEqualTo(new ServiceStandard.TimeLimits(null, null, 30));
        assertThat(s.switches()).isEqualTo(new ServiceStandard.WorkflowSwitches(true, true, true, false, false));

        for (Office office : new Office[]{buton, babel}) {
            assertThat(divisions.findByOfficeIdOrderByName(office.getId())).hasSizeGreaterThanOrEqualTo(4);
            assertThat(rooms.findByOfficeIdOrderByName(office.getId())).hasSizeGreaterThanOrEqualTo(2);
            for (Role role : new Role[]{Role.OFFICE_ADMIN, Role.PIKET, Role.SEKRETARIAT, Role.KADIS, Role.KABID,
                    Role.PETUGAS}) {
                assertThat(users.activeWithRole(office.getId(), role)).as(role + " of " + office.getCode()).isNotEmpty();
            }
        }
        assertThat(users.findByUsername("kabid.babel").orElseThrow().getDivisionId()).isNotNull();
    }

    @Test
    void the2026HolidaysOfTheSkbAreThere() {
        var national = holidays.national(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(national.stream().filter(h -> h.getKind().name().equals("NATIONAL")).count()).isEqualTo(17);
        assertThat(national.stream().filter(h -> h.getKind().name().equals("CUTI_BERSAMA")).count()).isEqualTo(8);
    }

    @Test
    void loadingTheDemoDataAgainChangesNothing() {
        long officesBefore = offices.count();
        long usersBefore = users.count();
        long divisionsBefore = divisions.count();
        demoData.load();
        assertThat(offices.count()).isEqualTo(officesBefore);
        assertThat(users.count()).isEqualTo(usersBefore);
        assertThat(divisions.count()).isEqualTo(divisionsBefore);
    }
}
