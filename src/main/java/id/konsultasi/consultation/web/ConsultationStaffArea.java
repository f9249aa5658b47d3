package id.konsultasi.consultation.web;

import static id.konsultasi.shared.security.Role.KABID;
import static id.konsultasi.shared.security.Role.KADIS;
import static id.konsultasi.shared.security.Role.OFFICE_ADMIN;
import static id.konsultasi.shared.security.Role.PETUGAS;
import static id.konsultasi.shared.web.Audience.anyOf;

import java.util.List;

import id.konsultasi.shared.web.NavigationEntry;
import id.konsultasi.shared.web.StaffArea;
import id.konsultasi.shared.web.StaffCard;

import org.springframework.stereotype.Component;

/** The consultation reports (Laporan Hasil Konsultasi): the head's, the division head's and the officer's lists. */
@Component
class ConsultationStaffArea implements StaffArea {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                NavigationEntry.inGroup("nav.group.reports", 520, "nav.consultationReports", "/staf/laporan-konsultasi/kepala",
                        anyOf(KADIS)),
                NavigationEntry.inGroup("nav.group.reports", 521, "nav.consultationReports", "/staf/laporan-konsultasi/bidang",
                        anyOf(KABID).except(KADIS)),
                NavigationEntry.inGroup("nav.group.reports", 522, "nav.consultationReports", "/staf/laporan-konsultasi/saya",
                        anyOf(PETUGAS).except(KABID, KADIS)),
                NavigationEntry.inGroup("nav.officeAdmin", 908, "nav.admin.reports", "/admin/laporan-konsultasi",
                        anyOf(OFFICE_ADMIN)));
    }

    @Override
    public List<StaffCard> cards() {
        return List.of(new StaffCard(30, "nav.consultationReports", "staffHome.card.consultationReports",
                anyOf(KADIS, KABID, PETUGAS),
                StaffCard.Link.to("report.head.title", "/staf/laporan-konsultasi/kepala", anyOf(KADIS)),
                StaffCard.Link.to("report.divisionHead.title", "/staf/laporan-konsultasi/bidang", anyOf(KABID)),
                StaffCard.Link.to("consultation.mine.title", "/staf/laporan-konsultasi/saya", anyOf(KABID, PETUGAS))));
    }
}
