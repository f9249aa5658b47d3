package id.konsultasi.standardimport.web;

import static id.konsultasi.shared.security.Role.OFFICE_ADMIN;
import static id.konsultasi.shared.web.Audience.anyOf;

import java.util.List;

import id.konsultasi.shared.web.NavigationEntry;
import id.konsultasi.shared.web.StaffArea;

import org.springframework.stereotype.Component;

/**
 * The import of a published standard, in the office administrator's menu. Its addresses are under the defaults of the
 * staff area: {@code /admin/**} for office administrators, {@code /sistem/**} for the system administrator.
 */
@Component
class StandardImportStaffArea implements StaffArea {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(NavigationEntry.inGroup("nav.officeAdmin", 912, "nav.admin.standardImport",
                "/admin/standar/impor", anyOf(OFFICE_ADMIN)));
    }
}
