package id.konsultasi.onboarding.web;

import java.util.List;
import java.util.Map;

import id.konsultasi.onboarding.OnboardingStep.Kind;

/** The pages where the office administrator does each step of the guide. */
final class GuideLinks {

    /** A page that does (part of) a step. */
    record Link(String labelKey, String path) {
    }

    static final Map<Kind, List<Link>> ALL = Map.of(
            Kind.STANDARD, List.of(new Link("onboarding.link.import", "/admin/standar/impor"),
                    new Link("onboarding.link.standard", "/admin/standar")),
            Kind.DIVISIONS, List.of(new Link("nav.admin.divisions", "/admin/bidang")),
            Kind.ROOMS, List.of(new Link("nav.admin.rooms", "/admin/ruang")),
            Kind.STAFF, List.of(new Link("nav.admin.users", "/admin/pengguna")),
            Kind.HOLIDAYS, List.of(new Link("nav.admin.holidays", "/admin/libur")),
            Kind.LETTERHEAD, List.of(new Link("nav.admin.profile", "/admin/profil"),
                    new Link("onboarding.link.head", "/admin/pengguna")));

    private GuideLinks() {
    }
}
