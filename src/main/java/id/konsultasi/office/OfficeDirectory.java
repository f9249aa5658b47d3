package id.konsultasi.office;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to offices and their standards for other modules and pages, detached from the session. */
@Service
@Transactional(readOnly = true)
public class OfficeDirectory {

    private final Offices offices;

    OfficeDirectory(Offices offices) {
        this.offices = offices;
    }

    /** The whole standard of an office, loaded, safe to use after the transaction. */
    public ServiceStandard.Revision standard(long officeId) {
        return offices.require(officeId).getStandard().toRevision();
    }

    public Optional<Office> activeByCode(String code) {
        return offices.findByCodeAndActiveTrue(code);
    }
}
