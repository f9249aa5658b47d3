package id.konsultasi.consultation;

import id.konsultasi.shared.Versions;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads an office's report deadline, writing the default (2 working days) on first use. */
@Service
public class ConsultationSettings {

    private final ConsultationSettingRepository settings;
    private final TransactionTemplate creation;

    ConsultationSettings(ConsultationSettingRepository settings, PlatformTransactionManager transactionManager) {
        this.settings = settings;
        this.creation = new TransactionTemplate(transactionManager);
        this.creation.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The office's settings; the defaults are written (in a transaction of their own) on first use. */
    @Transactional(readOnly = true)
    public ConsultationSetting of(long officeId) {
        return settings.findById(officeId).orElseGet(() -> {
            try {
                creation.executeWithoutResult(status -> settings.saveAndFlush(new ConsultationSetting(officeId)));
            } catch (DataIntegrityViolationException createdMeanwhile) {
                // another request wrote them first
            }
            return settings.findById(officeId).orElseThrow();
        });
    }

    @Transactional
    public void update(long officeId, Long version, int reportWorkingDays) {
        ConsultationSetting setting = of(officeId);
        Versions.check(setting.getVersion(), version);
        setting.update(reportWorkingDays);
    }
}
