package id.konsultasi.standardimport;

import id.konsultasi.office.InternalComponent;
import id.konsultasi.office.InternalComponents;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeProfile;
import id.konsultasi.office.Offices;
import id.konsultasi.office.ServiceStandard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a reviewed import: an office's standard replaced (and, when the administrator asks, its profile updated from
 * the header, in the same transaction and under the same version), or a new office created with it. The internal
 * components and the Maklumat Pelayanan the text carries are stored as read; those it does not carry stay as the
 * office wrote them.
 */
@Service
@Transactional
public class StandardImport {

    private final OfficeAdministration administration;
    private final Offices offices;

    StandardImport(OfficeAdministration administration, Offices offices) {
        this.administration = administration;
        this.offices = offices;
    }

    /**
     * @param version the office's version the review was made from (a change since then is a conflict)
     * @param profile the profile to store with it, or null to leave the profile as it is
     * @param parsed  what the text carried beyond the reviewed standard (internal components, pledge)
     */
    public void replaceStandard(long officeId, Long version, ServiceStandard.Revision standard, OfficeProfile profile,
                                ParsedStandard parsed) {
        if (profile != null) {
            administration.updateProfile(officeId, version, profile);
        }
        administration.reviseStandard(officeId, version, standard);
        keepInternals(offices.require(officeId), version, parsed);
    }

    public Office createOffice(String code, OfficeProfile profile, ServiceStandard.Revision standard,
                               ParsedStandard parsed) {
        // a new office opens its public form from the onboarding guide, once it is ready
        Office office = administration.createOfficeToSetUp(code, profile, standard);
        keepInternals(office, office.getVersion(), parsed);
        return office;
    }

    /** Whether what the text carries beyond the reviewed standard fits what the office stores. */
    public static boolean fitsStorage(ParsedStandard parsed) {
        return parsed.internalComponents().fitWith(parsed.pledge());
    }

    private void keepInternals(Office office, Long version, ParsedStandard parsed) {
        InternalComponents read = parsed.internalComponents();
        if (read.isEmpty() && parsed.pledge() == null) {
            return;
        }
        InternalComponents kept = office.internalComponents();
        for (InternalComponent component : InternalComponent.values()) {
            if (!read.of(component).isEmpty()) {
                kept = kept.with(component, read.of(component));
            }
        }
        administration.reviseInternalComponents(office.getId(), version, kept,
                parsed.pledge() != null ? parsed.pledge() : office.getPledge());
    }
}
