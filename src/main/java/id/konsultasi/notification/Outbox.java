package id.konsultasi.notification;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way every module sends mail: {@link #enqueue} stores it in the caller's transaction, so that the
 * mail exists exactly when what caused it was committed. The {@link OutboxSender} sends it, retrying
 * while the SMTP server is down; nothing is lost on a restart.
 */
@Service
public class Outbox {

    private final OutboxMails mails;
    private final SecretLinks links;
    private final Clock clock;

    Outbox(OutboxMails mails, SecretLinks links, Clock clock) {
        this.mails = mails;
        this.links = links;
        this.clock = clock;
    }

    /** Stores the mail in the outbox (in the caller's transaction); it is sent by the sender job. Returns the outbox id. */
    @Transactional(propagation = Propagation.REQUIRED)
    public long enqueue(OutgoingMail mail) {
        return mails.save(new OutboxMail(mail, links.mask(mail.textBody(), mail.htmlBody()), clock.instant())).getId();
    }
}
