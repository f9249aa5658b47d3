package id.konsultasi.verification.web;

import static id.konsultasi.shared.security.Role.SEKRETARIAT;
import static id.konsultasi.shared.web.Audience.anyOf;

import java.util.List;

import id.konsultasi.shared.web.Audience;
import id.konsultasi.shared.web.NavigationEntry;
import id.konsultasi.shared.web.StaffArea;
import id.konsultasi.shared.web.UrlRules;

import org.springframework.stereotype.Component;

/** The public verification page of issued letters, and the secretariat's list of them (SRIKANDI numbers). */
@Component
class VerificationStaffArea implements StaffArea {

    static final Audience SECRETARIAT = anyOf(SEKRETARIAT);

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(NavigationEntry.inGroup("nav.desk", 360, "nav.issuedLetters", "/staf/surat", SECRETARIAT));
    }

    @Override
    public void authorize(UrlRules rules) {
        rules.permitAll("/verifikasi", "/verifikasi/*");
        rules.allow(SECRETARIAT, "/staf/surat", "/staf/surat/**");
    }
}
