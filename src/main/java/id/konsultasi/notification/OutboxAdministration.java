package id.konsultasi.notification;

import java.time.Clock;

import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as administrators see it: an office administrator sees the mail of their office, the
 * system administrator all mail. Another office's mail is simply not found.
 */
@Service
@Transactional
public class OutboxAdministration {

    private final OutboxMails mails;
    private final Clock clock;

    OutboxAdministration(OutboxMails mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    /** Newest first. The office filter is the system administrator's; an office administrator sees their own. */
    @Transactional(readOnly = true)
    public Page<MailSummary> search(StaffPrincipal actor, Long officeFilter, MailStatus status, Pageable pageable) {
        Long officeId = actor.isSystemAdmin() ? officeFilter : Long.valueOf(actor.requireOffice());
        return mails.search(officeId, status, pageable);
    }

    /** The mail if the actor may see it; a 404 otherwise. */
    @Transactional(readOnly = true)
    public MailDetail require(StaffPrincipal actor, long mailId) {
        return MailDetail.of(find(actor, mailId));
    }

    /**
     * Sends a failed or waiting mail again: due at once, its attempts counted afresh. Returns false (and
     * changes nothing) for a mail that was sent already.
     */
    public boolean retry(StaffPrincipal actor, long mailId) {
        OutboxMail mail = find(actor, mailId);
        if (!mail.isRetryable()) {
            return false;
        }
        mail.retry(clock.instant());
        return true;
    }

    private OutboxMail find(StaffPrincipal actor, long mailId) {
        if (actor.isSystemAdmin()) {
            return mails.findById(mailId).orElseThrow(() -> new NotFoundException("mail " + mailId));
        }
        return mails.findByIdAndOfficeId(mailId, actor.requireOffice())
                .orElseThrow(() -> new NotFoundException("mail " + mailId));
    }
}
