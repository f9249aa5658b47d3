package id.konsultasi.scheduling;

import java.util.Locale;

import id.konsultasi.request.ConsultationMode;
import id.konsultasi.shared.Versions;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an office's letter texts and hours: its own once it saved them, else the defaults (the texts of the
 * message bundle), kept in memory. A read never writes.
 */
@Service
public class SchedulingSettings {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final SchedulingSettingRepository settings;
    private final MessageSource messages;

    SchedulingSettings(SchedulingSettingRepository settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    /** The office's settings, or the defaults (not saved) while it has none. */
    @Transactional(readOnly = true)
    public SchedulingSetting of(long officeId) {
        return settings.findById(officeId).orElseGet(() -> new SchedulingSetting(officeId,
                messages.getMessage("letter.answer.defaultBody", null, INDONESIAN),
                messages.getMessage("letter.answer.online.defaultBody", null, INDONESIAN),
                messages.getMessage("letter.refusal.defaultBody", null, INDONESIAN)));
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
        settings.save(setting);
    }
}
