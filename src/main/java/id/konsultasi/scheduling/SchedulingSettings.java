package id.konsultasi.scheduling;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.konsultasi.request.ConsultationMode;
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
                        messages.getMessage("letter.answer.online.defaultBody", null, INDONESIAN),
                        messages.getMessage("letter.refusal.defaultBody", null, INDONESIAN))));
            } catch (DataIntegrityViolationException createdMeanwhile) {
                // another request wrote them first
            }
            return settings.findById(officeId).orElseThrow();
        });
    }

    /** The text of the answer letter of an online consultation: the office's own, or the default until it has one. */
    public String onlineAnswerLetterBody(SchedulingSetting setting) {
        return setting.getOnlineAnswerLetterBody() != null ? setting.getOnlineAnswerLetterBody()
                : messages.getMessage("letter.answer.online.defaultBody", null, INDONESIAN);
    }

    /** The office's text of the answer letter for a consultation held this way. */
    @Transactional(readOnly = true)
    public String answerLetterBody(long officeId, ConsultationMode mode) {
        SchedulingSetting setting = of(officeId);
        return mode == ConsultationMode.ONLINE ? onlineAnswerLetterBody(setting) : setting.getAnswerLetterBody();
    }

    @Transactional
    public void update(long officeId, Long version, String answerBody, String onlineAnswerBody, String refusalBody,
                       int reminderHour, int agendaHour) {
        SchedulingSetting setting = of(officeId);
        Versions.check(setting.getVersion(), version);
        setting.update(answerBody, onlineAnswerBody, refusalBody, reminderHour, agendaHour);
    }
}
