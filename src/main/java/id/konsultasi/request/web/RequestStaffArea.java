package id.konsultasi.request.web;

import static id.konsultasi.shared.security.Role.KABID;
import static id.konsultasi.shared.security.Role.KADIS;
import static id.konsultasi.shared.security.Role.OFFICE_ADMIN;
import static id.konsultasi.shared.security.Role.PETUGAS;
import static id.konsultasi.shared.security.Role.PIKET;
import static id.konsultasi.shared.security.Role.SEKRETARIAT;
import static id.konsultasi.shared.web.Audience.anyOf;

import java.util.List;

import id.konsultasi.shared.web.NavigationEntry;
import id.konsultasi.shared.web.StaffArea;
import id.konsultasi.shared.web.StaffCard;

import org.springframework.stereotype.Component;

/** The requests of the office, for everyone who works on them; the record of who opened personal data. */
@Component
class RequestStaffArea implements StaffArea {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                NavigationEntry.link(100, "nav.requests", "/staf/permohonan", anyOf(PIKET, SEKRETARIAT, KADIS, KABID, PETUGAS)),
                NavigationEntry.inGroup("nav.officeAdmin", 909, "nav.admin.accessLog", "/admin/akses-data", anyOf(OFFICE_ADMIN)));
    }

    @Override
    public List<StaffCard> cards() {
        return List.of(new StaffCard(40, "nav.requests", "staffHome.card.requests",
                anyOf(PIKET, SEKRETARIAT, KADIS, KABID, PETUGAS), StaffCard.Link.to("nav.requests", "/staf/permohonan")));
    }
}
