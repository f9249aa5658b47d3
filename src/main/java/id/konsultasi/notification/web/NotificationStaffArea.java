package id.konsultasi.notification.web;

import static id.konsultasi.shared.security.Role.OFFICE_ADMIN;
import static id.konsultasi.shared.security.Role.SYSTEM_ADMIN;
import static id.konsultasi.shared.web.Audience.anyOf;

import java.util.List;

import id.konsultasi.shared.web.NavigationEntry;
import id.konsultasi.shared.web.StaffArea;
import id.konsultasi.shared.web.UrlRules;

import org.springframework.stereotype.Component;

/** The outgoing mail, for an office's administrator (their office's) and the system's (every office's). */
@Component
class NotificationStaffArea implements StaffArea {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                NavigationEntry.inGroup("nav.officeAdmin", 910, "nav.admin.mail", "/admin/surel", anyOf(OFFICE_ADMIN)),
                NavigationEntry.inGroup("nav.systemAdmin", 1004, "nav.admin.mail", "/admin/surel", anyOf(SYSTEM_ADMIN)));
    }

    @Override
    public void authorize(UrlRules rules) {
        rules.allow(anyOf(OFFICE_ADMIN, SYSTEM_ADMIN), "/admin/surel", "/admin/surel/**");
    }
}
