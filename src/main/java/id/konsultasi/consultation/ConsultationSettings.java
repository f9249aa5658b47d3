package id.konsultasi.consultation;

import id.konsultasi.shared.Versions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an office's report deadline: its own once it saved one, else the default (2 working days), kept in
 * memory. A read never writes.
 */
@Service
public class ConsultationSettings {

    private final ConsultationSettingRepository settings;

    ConsultationSettings(ConsultationSettingRepository settings) {
        this.settings = settings;
    }

    /** The office's settings, or the defaults (not saved) while it has none. */
    @Transactional(readOnly = true)
    public ConsultationSetting of(long officeId) {
        return settings.findById(officeId).orElseGet(() -> new ConsultationSetting(officeId));
    }

    /** Saves the office's deadline, the first time as a new row. */
    @Transactional
    public void update(long officeId, Long version, int reportWorkingDays) {
        ConsultationSetting setting = of(officeId);
        Versions.check(setting.getVersion(), version);
        setting.update(reportWorkingDays);
        settings.save(setting);
    }
}
