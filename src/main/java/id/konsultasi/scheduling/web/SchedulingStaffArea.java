package id.konsultasi.scheduling.web;

import static id.konsultasi.shared.security.Role.KABID;
import static id.konsultasi.shared.security.Role.OFFICE_ADMIN;
import static id.konsultasi.shared.security.Role.PETUGAS;
import static id.konsultasi.shared.web.Audience.anyOf;

import java.util.List;

import id.konsultasi.shared.web.NavigationEntry;
import id.konsultasi.shared.web.StaffArea;
import id.konsultasi.shared.web.StaffCard;

import org.springframework.stereotype.Component;

/** The consultations an officer serves; the office's letters and reminders. */
@Component
class SchedulingStaffArea implements StaffArea {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                NavigationEntry.link(200, "nav.mine", "/staf/konsultasi-saya", anyOf(KABID, PETUGAS)),
                NavigationEntry.inGroup("nav.officeAdmin", 907, "nav.admin.letters", "/admin/surat", anyOf(OFFICE_ADMIN)));
    }

    @Override
    public List<StaffCard> cards() {
        return List.of(new StaffCard(20, "nav.mine", "staffHome.card.mine", anyOf(KABID, PETUGAS),
                StaffCard.Link.to("nav.mine", "/staf/konsultasi-saya")));
    }
}
