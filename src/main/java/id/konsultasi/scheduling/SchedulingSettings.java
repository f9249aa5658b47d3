package id.konsultasi.scheduling;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.konsultasi.shared.Versions;

/** Reads an office's letter texts and hours, creating them from the defaults on first use. */
@Service
public class SchedulingSettings {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final SchedulingSettingRepository settings;
    private final MessageSource messages;
    private final TransactionTemplate creation;

    SchedulingSettings(SchedulingSettingRepository settings, MessageSource messages,
                       PlatformTransactionManager transactionManager) {
        this.settings = settings;
        this.messages = messages;
        this.creation = new TransactionTemplate(transactionManager);
        this.creation.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The office's settings; the defaults are written (in a transaction of their own) on first use. */
    @Transactional(readOnly = true)
    public SchedulingSetting of(long officeId) {
        return settings.findById(officeId).orElseGet(() -> {
            try {
                creation.executeWithoutResult(status -> settings.saveAndFlush(new SchedulingSetting(officeId,
                        messages.getMessage("letter.answer.defaultBody", null, INDONESIAN),
                        messages.getMessage("letter.refusal.defaultBody", null, INDONESIAN))));
            } catch (DataIntegrityViolationException createdMeanwhile) {
                // another request wrote them first
            }
            return settings.findById(officeId).orElseThrow();
        });
    }

    @Transactional
    public void update(long officeId, long version, String answerBody, String refusalBody, int reminderHour,
                       int agendaHour) {
        SchedulingSetting setting = of(officeId);
        Versions.check(setting.getVersion(), version);
        setting.update(answerBody, refusalBody, reminderHour, agendaHour);
    }
}
