package id.konsultasi.reporting.web;

import static id.konsultasi.shared.security.Role.KADIS;
import static id.konsultasi.shared.security.Role.OFFICE_ADMIN;
import static id.konsultasi.shared.security.Role.SYSTEM_ADMIN;
import static id.konsultasi.shared.web.Audience.anyOf;

import java.util.List;

import id.konsultasi.shared.web.Audience;
import id.konsultasi.shared.web.NavigationEntry;
import id.konsultasi.shared.web.StaffArea;
import id.konsultasi.shared.web.StaffCard;
import id.konsultasi.shared.web.UrlRules;

import org.springframework.stereotype.Component;

/**
 * The office's performance report against its service standard: for the head and the administrators; the public
 * performance page, and its publishing by the head.
 */
@Component
class ReportingStaffArea implements StaffArea {

    static final Audience READERS = anyOf(KADIS, OFFICE_ADMIN, SYSTEM_ADMIN);
    static final Audience HEADS = anyOf(KADIS);

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(NavigationEntry.inGroup("nav.group.reports", 510, "nav.reports", "/staf/laporan", READERS),
                NavigationEntry.inGroup("nav.group.reports", 520, "nav.performance", "/staf/kinerja", HEADS));
    }

    @Override
    public List<StaffCard> cards() {
        return List.of(new StaffCard(10, "nav.reports", "staffHome.card.reports", READERS,
                StaffCard.Link.to("nav.reports", "/staf/laporan")));
    }

    @Override
    public void authorize(UrlRules rules) {
        rules.allow(READERS, "/staf/laporan", "/staf/laporan/**");
        rules.allow(HEADS, "/staf/kinerja", "/staf/kinerja/**");
        rules.permitAll("/kantor/*/kinerja");
    }
}
