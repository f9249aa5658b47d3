package id.konsultasi.onboarding;

import id.konsultasi.office.OfficeAdministration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens an office's public request form once its guide has nothing required left, and closes it again. Staff work
 * on either way (walk-ins, letters); only the web form waits.
 */
@Service
@Transactional
public class PublicFormGate {

    private final OnboardingGuide guide;
    private final OfficeAdministration administration;

    PublicFormGate(OnboardingGuide guide, OfficeAdministration administration) {
        this.guide = guide;
        this.administration = administration;
    }

    /**
     * Opens the form if the office is ready.
     *
     * @return the guide as it was checked; when it is not ready, the form stayed as it was
     */
    public OnboardingChecklist open(long officeId) {
        OnboardingChecklist checklist = guide.checklist(officeId);
        if (checklist.isReady()) {
            administration.setPublicFormOpen(officeId, true);
        }
        return checklist;
    }

    public void close(long officeId) {
        administration.setPublicFormOpen(officeId, false);
    }
}
