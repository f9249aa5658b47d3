package id.konsultasi.alert;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.konsultasi.account.StaffUser;
import id.konsultasi.notification.MailComposer;
import id.konsultasi.notification.Outbox;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.PublicAddress;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications, in the caller's transaction: one per person for a cause (the same cause handled again writes
 * nothing), with the person's choice of mail; a person who chose to be mailed at once and has an address gets the
 * mail through the outbox in the same transaction.
 */
@Service
class Notices {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final JdbcTemplate jdbc;
    private final NoticePreferences preferences;
    private final Offices offices;
    private final MailComposer composer;
    private final Outbox outbox;
    private final MessageSource messages;
    private final String baseUrl;
    private final Clock clock;

    Notices(JdbcTemplate jdbc, NoticePreferences preferences, Offices offices, MailComposer composer, Outbox outbox,
            MessageSource messages, PublicAddress address, Clock clock) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.offices = offices;
        this.composer = composer;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = address.base();
        this.clock = clock;
    }

    /** Writes the notice for each of the people (active members of its office, each once); returns how many were new. */
    @Transactional(propagation = Propagation.REQUIRED)
    public int send(Notice notice, Collection<StaffUser> people) {
        Map<Long, StaffUser> recipients = new LinkedHashMap<>();
        for (StaffUser person : people) {
            if (person != null && person.isActive() && person.getOfficeId() != null
                    && person.getOfficeId() == notice.officeId()) {
                recipients.putIfAbsent(person.getId(), person);
            }
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String arguments = String.join(String.valueOf(Notice.SEPARATOR), notice.arguments());
        int written = 0;
        for (StaffUser person : recipients.values()) {
            Delivery delivery = preferences.of(person.getId(), person.getRoles(), notice.kind());
            List<Long> inserted = jdbc.queryForList("""
                    insert into staff_notification (office_id, recipient_id, kind, subject_id, cause, arguments, link,
                                                    delivery, created_at)
                    values (?, ?, ?, ?, ?, case when ? = '' then '{}'::text[] else string_to_array(?, chr(31)) end,
                            ?, ?, ?)
                    on conflict (recipient_id, kind, cause) do nothing
                    returning id""", Long.class, notice.officeId(), person.getId(), notice.kind().name(),
                    notice.subjectId(), notice.cause(), arguments, arguments, notice.link(), delivery.name(), now);
            if (inserted.isEmpty()) {
                continue;
            }
            written++;
            if (delivery == Delivery.IMMEDIATE && person.getEmail() != null && !person.getEmail().isBlank()) {
                mail(notice, person);
            }
        }
        return written;
    }

    private void mail(Notice notice, StaffUser person) {
        Office office = offices.require(notice.officeId());
        String text = text(notice.kind(), notice.arguments().toArray());
        Map<String, Object> model = new HashMap<>();
        model.put("office", office);
        model.put("officer", person);
        model.put("text", text);
        model.put("link", url(notice.link()));
        model.put("settings", url("/staf/pemberitahuan/pengaturan"));
        outbox.enqueue(composer.compose(office.getId(), null, "STAFF_NOTICE", person.getEmail(), "staff-notice",
                new Object[]{text}, model, List.of()));
    }

    /** The text of a notification in Indonesian, the language of the office's mail. */
    String text(NoticeKind kind, Object[] arguments) {
        return messages.getMessage(kind.textKey(), arguments, INDONESIAN);
    }

    /** The absolute address of a staff page, for mail. */
    String url(String path) {
        return baseUrl + path;
    }
}
