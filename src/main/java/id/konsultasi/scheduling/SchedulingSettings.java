package id.konsultasi.scheduling;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.konsultasi.shared.Versions;

/** Reads an office's letter texts and hours, creating them from the defaults on first use. */
@Service
public class SchedulingSettings {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final SchedulingSettingRepository settings;
    private final MessageSource messages;

    SchedulingSettings(SchedulingSettingRepository settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @Transactional
    public SchedulingSetting of(long officeId) {
        return settings.findById(officeId).orElseGet(() -> settings.saveAndFlush(new SchedulingSetting(officeId,
                messages.getMessage("letter.answer.defaultBody", null, INDONESIAN),
                messages.getMessage("letter.refusal.defaultBody", null, INDONESIAN))));
    }

    @Transactional
    public void update(long officeId, long version, String answerBody, String refusalBody, int reminderHour,
                       int agendaHour) {
        SchedulingSetting setting = of(officeId);
        Versions.check(setting.getVersion(), version);
        setting.update(answerBody, refusalBody, reminderHour, agendaHour);
    }
}
