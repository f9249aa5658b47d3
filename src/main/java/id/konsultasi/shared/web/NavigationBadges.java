package id.konsultasi.shared.web;

import java.util.Map;

import id.konsultasi.shared.security.StaffPrincipal;

/**
 * How many items wait for the signed-in person behind each link of the navigation, by the link's path: the badges of
 * the navigation. Answered by the module that keeps the work inbox (optional: without it, no badges); asked at most
 * once per page by {@link StaffMenus#badges()}.
 */
public interface NavigationBadges {

    /** The counts by navigation path; paths with nothing waiting may be left out. */
    Map<String, Long> counts(StaffPrincipal staff);
}
