package id.konsultasi.feedback.web;

import static id.konsultasi.feedback.FeedbackAccess.COMPLAINT_HANDLERS;
import static id.konsultasi.feedback.FeedbackAccess.COMPLAINT_READERS;
import static id.konsultasi.feedback.FeedbackAccess.INDEX_READERS;
import static id.konsultasi.feedback.FeedbackAccess.KIOSK;
import static id.konsultasi.shared.security.Role.OFFICE_ADMIN;
import static id.konsultasi.shared.web.Audience.anyOf;

import java.util.List;

import id.konsultasi.feedback.FeedbackAccess;
import id.konsultasi.shared.web.NavigationEntry;
import id.konsultasi.shared.web.StaffArea;
import id.konsultasi.shared.web.StaffCard;
import id.konsultasi.shared.web.UrlRules;

import org.springframework.stereotype.Component;

/**
 * Complaints, the satisfaction index (IKM) and the survey kiosk at the duty desk; the complaint settings. Who sees
 * and opens them is {@link FeedbackAccess}'s, which the services check again.
 */
@Component
class FeedbackStaffArea implements StaffArea {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                NavigationEntry.inGroup("nav.group.reports", 530, "nav.ikm", "/staf/ikm", INDEX_READERS),
                NavigationEntry.inGroup("nav.officeAdmin", 911, "nav.admin.complaints", "/admin/pengaduan", anyOf(OFFICE_ADMIN)),
                NavigationEntry.link(1100, "nav.complaints", "/staf/pengaduan", COMPLAINT_READERS),
                NavigationEntry.link(1300, "nav.kiosk", "/staf/survei/kios", KIOSK));
    }

    @Override
    public List<StaffCard> cards() {
        return List.of(
                new StaffCard(120, "nav.complaints", "staffHome.card.complaints", COMPLAINT_READERS,
                        StaffCard.Link.to("nav.complaints", "/staf/pengaduan")),
                new StaffCard(130, "nav.ikm", "staffHome.card.ikm", INDEX_READERS,
                        StaffCard.Link.to("nav.ikm", "/staf/ikm")),
                new StaffCard(140, "nav.kiosk", "staffHome.card.kiosk", KIOSK,
                        StaffCard.Link.to("nav.kiosk", "/staf/survei/kios")));
    }

    @Override
    public void authorize(UrlRules rules) {
        rules.allow(COMPLAINT_HANDLERS, "/staf/pengaduan/baru", "/staf/pengaduan/*/proses", "/staf/pengaduan/*/jawab",
                        "/staf/pengaduan/*/tutup")
                .allow(COMPLAINT_READERS, "/staf/pengaduan", "/staf/pengaduan/**")
                .allow(INDEX_READERS, "/staf/ikm", "/staf/ikm/**")
                .allow(KIOSK, "/staf/survei/kios");
    }
}
