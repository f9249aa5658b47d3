package id.konsultasi.intake.web;

import id.konsultasi.shared.web.StaffArea;
import id.konsultasi.shared.web.UrlRules;

import org.springframework.stereotype.Component;

/** The tracking pages of the public, reached by a request's tracking link. */
@Component
class IntakeStaffArea implements StaffArea {

    @Override
    public void authorize(UrlRules rules) {
        rules.permitAll("/lacak/**");
    }
}
