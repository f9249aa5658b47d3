package id.konsultasi.account.web;

import static id.konsultasi.shared.security.Role.OFFICE_ADMIN;
import static id.konsultasi.shared.security.Role.SYSTEM_ADMIN;
import static id.konsultasi.shared.web.Audience.anyOf;

import java.util.List;

import id.konsultasi.account.AccountAccess;
import id.konsultasi.shared.web.NavigationEntry;
import id.konsultasi.shared.web.StaffArea;
import id.konsultasi.shared.web.UrlRules;

import org.springframework.stereotype.Component;

/**
 * The head's own delegations (Plh/Plt); the users of an office, kept by its administrator or the system's
 * ({@link AccountAccess}).
 */
@Component
class AccountStaffArea implements StaffArea {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                NavigationEntry.inGroup("nav.group.disposition", 430, "nav.delegations", "/staf/delegasi", AccountAccess.DELEGATORS),
                NavigationEntry.inGroup("nav.officeAdmin", 906, "nav.admin.users", "/admin/pengguna", anyOf(OFFICE_ADMIN)),
                NavigationEntry.inGroup("nav.systemAdmin", 1003, "nav.admin.users", "/admin/pengguna", anyOf(SYSTEM_ADMIN)));
    }

    @Override
    public void authorize(UrlRules rules) {
        rules.allow(AccountAccess.USER_ADMINISTRATORS, "/admin/pengguna", "/admin/pengguna/**")
                .allow(AccountAccess.DELEGATORS, "/staf/delegasi", "/staf/delegasi/**");
    }
}
