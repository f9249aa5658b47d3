package id.konsultasi.office.web;

import static id.konsultasi.shared.security.Role.OFFICE_ADMIN;
import static id.konsultasi.shared.security.Role.SYSTEM_ADMIN;
import static id.konsultasi.shared.web.Audience.anyOf;

import java.util.List;

import id.konsultasi.shared.web.NavigationEntry;
import id.konsultasi.shared.web.StaffArea;
import id.konsultasi.shared.web.StaffCard;
import id.konsultasi.shared.web.UrlRules;

import org.springframework.stereotype.Component;

/**
 * The public pages of the offices; the administration of an office (standard, profile, divisions, rooms, holidays)
 * and of the system (offices, national holidays).
 */
@Component
class OfficeStaffArea implements StaffArea {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                NavigationEntry.inGroup("nav.officeAdmin", 901, "nav.admin.standard", "/admin/standar", anyOf(OFFICE_ADMIN)),
                NavigationEntry.inGroup("nav.officeAdmin", 902, "nav.admin.profile", "/admin/profil", anyOf(OFFICE_ADMIN)),
                NavigationEntry.inGroup("nav.officeAdmin", 903, "nav.admin.divisions", "/admin/bidang", anyOf(OFFICE_ADMIN)),
                NavigationEntry.inGroup("nav.officeAdmin", 904, "nav.admin.rooms", "/admin/ruang", anyOf(OFFICE_ADMIN)),
                NavigationEntry.inGroup("nav.officeAdmin", 905, "nav.admin.holidays", "/admin/libur", anyOf(OFFICE_ADMIN)),
                NavigationEntry.inGroup("nav.officeAdmin", 906, "nav.admin.names", "/admin/sebutan", anyOf(OFFICE_ADMIN)),
                NavigationEntry.inGroup("nav.systemAdmin", 1001, "nav.system.offices", "/sistem/kantor", anyOf(SYSTEM_ADMIN)),
                NavigationEntry.inGroup("nav.systemAdmin", 1002, "nav.system.holidays", "/sistem/libur", anyOf(SYSTEM_ADMIN)));
    }

    @Override
    public List<StaffCard> cards() {
        return List.of(
                new StaffCard(100, "nav.officeAdmin", "staffHome.card.officeAdmin", anyOf(OFFICE_ADMIN),
                        StaffCard.Link.to("nav.admin.onboarding", "/admin/mulai"),
                        StaffCard.Link.to("nav.admin.standard", "/admin/standar"),
                        StaffCard.Link.to("nav.admin.users", "/admin/pengguna")),
                new StaffCard(110, "nav.systemAdmin", "staffHome.card.systemAdmin", anyOf(SYSTEM_ADMIN),
                        StaffCard.Link.to("nav.system.offices", "/sistem/kantor"),
                        StaffCard.Link.to("nav.system.holidays", "/sistem/libur")));
    }

    @Override
    public void authorize(UrlRules rules) {
        rules.permitAll("/", "/kantor/**");
    }
}
