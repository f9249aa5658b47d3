package id.konsultasi.shared.upload;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import id.konsultasi.shared.crypto.DataEncryptor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files chosen on a form that came back with errors, kept (encrypted: an ID scan is personal data) so that nothing
 * is chosen twice, handed back when the form succeeds, and forgotten after a day when it never does. One store for
 * every form that keeps files (the public request form, the desk's letter registration).
 */
@Service
public class KeptUploadService {

    /** How long a file of a form never completed is kept. */
    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final KeptUploads uploads;
    private final DataEncryptor encryptor;
    private final Clock clock;

    KeptUploadService(KeptUploads uploads, DataEncryptor encryptor, Clock clock) {
        this.uploads = uploads;
        this.encryptor = encryptor;
        this.clock = clock;
    }

    /**
     * The rendering of a form that files are kept for: which form (named by its module, e.g. {@code intake.request}),
     * the office it belongs to (null when the key alone identifies it) and its key ({@code formKey}).
     */
    public record Form(String name, Long officeId, String formKey) {
    }

    /** A kept file as the form shows it, so that it need not be chosen again. */
    public record KeptFile(String field, String filename, long size) {
    }

    /** A kept file decrypted, to attach when the form succeeds. */
    public record OpenedFile(String field, String filename, String contentType, byte[] content) {
    }

    /** Keeps an accepted file for a field of the form, in place of the one kept for that field before. */
    @Transactional
    public void keep(Form form, String field, UploadRules.AcceptedFile file) {
        uploads.deleteField(form.name(), form.officeId(), form.formKey(), field);
        uploads.save(new KeptUpload(form, field, file.filename(), file.contentType(), file.content().length,
                encryptor.encrypt(file.content()), clock.instant()));
    }

    /** The files kept for the form, in the order they were kept. */
    @Transactional(readOnly = true)
    public List<KeptFile> kept(Form form) {
        return uploads.findByForm(form.name(), form.officeId(), form.formKey()).stream()
                .map(k -> new KeptFile(k.field(), k.getFilename(), k.getSize())).toList();
    }

    /** The files kept for the form, decrypted. */
    @Transactional(readOnly = true)
    public List<OpenedFile> open(Form form) {
        return uploads.findByForm(form.name(), form.officeId(), form.formKey()).stream()
                .map(k -> new OpenedFile(k.field(), k.getFilename(), k.getContentType(),
                        encryptor.decrypt(k.ciphertext())))
                .toList();
    }

    /** Forgets the files kept for the form (it succeeded). */
    @Transactional
    public void forget(Form form) {
        uploads.deleteByForm(form.name(), form.officeId(), form.formKey());
    }

    /** Files of forms that were never completed are not kept beyond a day (one instance at a time). */
    @Scheduled(cron = "0 17 * * * *")
    @SchedulerLock(name = "kept-upload-cleanup", lockAtMostFor = "PT10M")
    @Transactional
    public void forgetAbandoned() {
        uploads.deleteOlderThan(clock.instant().minus(KEPT_FOR));
    }
}
