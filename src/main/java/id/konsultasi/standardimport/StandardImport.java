package id.konsultasi.standardimport;

import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeProfile;
import id.konsultasi.office.ServiceStandard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a reviewed import: an office's standard replaced (and, when the administrator asks, its profile updated from
 * the header, in the same transaction and under the same version), or a new office created with it.
 */
@Service
@Transactional
public class StandardImport {

    private final OfficeAdministration administration;

    StandardImport(OfficeAdministration administration) {
        this.administration = administration;
    }

    /**
     * @param version the office's version the review was made from (a change since then is a conflict)
     * @param profile the profile to store with it, or null to leave the profile as it is
     */
    public void replaceStandard(long officeId, Long version, ServiceStandard.Revision standard, OfficeProfile profile) {
        if (profile != null) {
            administration.updateProfile(officeId, version, profile);
        }
        administration.reviseStandard(officeId, version, standard);
    }

    public Office createOffice(String code, OfficeProfile profile, ServiceStandard.Revision standard) {
        return administration.createOffice(code, profile, standard);
    }
}
