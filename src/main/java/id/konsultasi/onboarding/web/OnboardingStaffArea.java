package id.konsultasi.onboarding.web;

import static id.konsultasi.shared.security.Role.OFFICE_ADMIN;
import static id.konsultasi.shared.web.Audience.anyOf;

import java.util.List;

import id.konsultasi.shared.web.NavigationEntry;
import id.konsultasi.shared.web.StaffArea;

import org.springframework.stereotype.Component;

/**
 * The onboarding guide, first in the office administrator's menu. Its addresses follow the staff area's defaults:
 * {@code /admin/mulai} for office administrators, {@code /sistem/kantor/{id}/mulai} for system administrators.
 */
@Component
class OnboardingStaffArea implements StaffArea {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(NavigationEntry.inGroup("nav.officeAdmin", 900, "nav.admin.onboarding", "/admin/mulai",
                anyOf(OFFICE_ADMIN)));
    }
}
