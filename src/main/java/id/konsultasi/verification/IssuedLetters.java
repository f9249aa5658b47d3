package id.konsultasi.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import id.konsultasi.document.QrCodes;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.PublicAddress;
import id.konsultasi.shared.crypto.DataEncryptor;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The office's official letters as issued. {@link #issue} gives a letter its verification code and QR code the first
 * time it is produced, signs it when the office holds a certificate, and stores it; every later call for the same
 * letter (kind and reference) returns the stored bytes, byte for byte. Two users producing the same letter at once
 * both get the one stored first (the table's unique key decides).
 */
@Service
public class IssuedLetters {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final String COLUMNS = "id, office_id, kind, number, verification_code, signatory_name, "
            + "signatory_post, certificate_sha256, issued_at, sha256, size_bytes, srikandi_number";

    private final JdbcTemplate jdbc;
    private final DataEncryptor encryptor;
    private final TransactionTemplate joinedTransaction;
    private final TransactionTemplate ownTransaction;
    private final OfficeDirectory offices;
    private final SigningKeys keys;
    private final LetterSigner signer;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    IssuedLetters(JdbcTemplate jdbc, DataEncryptor encryptor, PlatformTransactionManager transactions, OfficeDirectory offices, SigningKeys keys,
                  LetterSigner signer, MessageSource messages, Clock clock, PublicAddress address) {
        this.jdbc = jdbc;
        this.encryptor = encryptor;
        // the caller's transaction when it writes (a mail queued with the letter, a decision): no second connection
        // per letter, and a letter whose cause rolls back is not issued either; a read-only one (a download) issues
        // the letter in a transaction of its own
        this.joinedTransaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.offices = offices;
        this.keys = keys;
        this.signer = signer;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = address.base();
    }

    /**
     * The letter as issued: the stored bytes when it was issued before, else rendered now by {@code render} with its
     * fresh {@link Verification} (the template prints its code, QR code and signature line), signed and stored.
     */
    public byte[] issue(IssueRequest letter, Function<Verification, byte[]> render) {
        Optional<byte[]> stored = content(letter);
        if (stored.isPresent()) {
            return stored.get();
        }
        Office office = offices.office(letter.officeId());
        String name = letter.signatoryName() == null || letter.signatoryName().isBlank() ? null : letter.signatoryName();
        String post = letter.signatoryPost() != null && !letter.signatoryPost().isBlank() ? letter.signatoryPost()
                : name == null ? null : messages.getMessage("letter.signature", new Object[]{office.getName()}, INDONESIAN);
        Optional<SigningKeys.SigningKey> key = keys.forOffice(office);
        String code = VerificationCodes.fresh();
        String url = baseUrl + "/verifikasi/" + code;
        Verification verification = new Verification(code, url, baseUrl + "/verifikasi", QrCodes.pngDataUri(url, 240),
                key.isPresent(), name == null ? office.getName() : name, post);
        Instant now = clock.instant();
        byte[] pdf = render.apply(verification);
        if (key.isPresent()) {
            String reason = messages.getMessage("verification.signature.reason",
                    new Object[]{messages.getMessage(letter.kind().labelKey(), null, INDONESIAN), letter.number()}, INDONESIAN);
            pdf = signer.sign(pdf, key.get(), verification.signatoryName() + (post == null ? "" : ", " + post), reason,
                    office.getName(), now);
        }
        byte[] issued = pdf;
        TransactionTemplate transaction = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? joinedTransaction : ownTransaction;
        Integer inserted = transaction.execute(status -> jdbc.update("""
                        insert into issued_letter (office_id, kind, reference, number, verification_code, signatory_name,
                            signatory_post, certificate_sha256, issued_at, sha256, size_bytes, content)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (kind, reference) do nothing""", letter.officeId(), letter.kind().name(),
                letter.reference(), letter.number(), code, verification.signatoryName(), post,
                key.map(SigningKeys.SigningKey::certificateSha256).orElse(null), Timestamp.from(now),
                SigningKeys.sha256(issued), issued.length, encryptor.encrypt(issued)));
        if (inserted == null || inserted == 0) {
            // someone issued it a moment ago: theirs is the letter
            return content(letter).orElseThrow();
        }
        return issued;
    }

    /**
     * The stored bytes of a letter issued before. They are kept encrypted with the application's key (a letter names
     * its applicant and address), rotated with the other encrypted columns.
     */
    private Optional<byte[]> content(IssueRequest letter) {
        return jdbc.query("select content from issued_letter where kind = ? and reference = ?",
                (rs, row) -> encryptor.decrypt(rs.getBytes(1)), letter.kind().name(), letter.reference()).stream()
                .findFirst();
    }

    /** The letter of a verification code as typed or scanned; empty for a code that is no letter's. */
    public Optional<IssuedLetter> byCode(String typed) {
        String code = VerificationCodes.normalized(typed).orElse("");
        return jdbc.query("select " + COLUMNS + " from issued_letter where verification_code = ?", ROWS, code)
                .stream().findFirst();
    }

    /** The letter of a kind and reference, if it was issued. */
    public Optional<IssuedLetter> find(LetterKind kind, String reference) {
        return jdbc.query("select " + COLUMNS + " from issued_letter where kind = ? and reference = ?", ROWS,
                kind.name(), reference).stream().findFirst();
    }

    /** What an uploaded PDF is, compared with the letter issued under this code. */
    public UploadCheck check(IssuedLetter letter, byte[] upload) {
        if (SigningKeys.sha256(upload).equals(letter.sha256())) {
            return UploadCheck.GENUINE;
        }
        if (letter.certificateSha256() != null && signer.signatures(upload).stream()
                .anyMatch(s -> s.valid() && letter.certificateSha256().equals(s.certificateSha256()))) {
            return UploadCheck.CHANGED_AFTER_SIGNING;
        }
        return UploadCheck.NOT_GENUINE;
    }

    /** The letters the staff member's office issued, newest first: two statements whatever the page. */
    public Page<IssuedLetter> ofOffice(StaffPrincipal staff, Pageable page) {
        long officeId = staff.requireOffice();
        Long total = jdbc.queryForObject("select count(*) from issued_letter where office_id = ?", Long.class, officeId);
        List<IssuedLetter> rows = jdbc.query("select " + COLUMNS + " from issued_letter where office_id = ? "
                + "order by issued_at desc, id desc limit ? offset ?", ROWS, officeId, page.getPageSize(), page.getOffset());
        return new PageImpl<>(rows, page, total == null ? 0 : total);
    }

    /**
     * The secretariat records the number SRIKANDI gave the letter (blank: none); only on a letter of its own office,
     * any other is not found.
     */
    public void recordSrikandi(StaffPrincipal staff, long letterId, String number) {
        String kept = number == null || number.isBlank() ? null : number.strip();
        int changed = jdbc.update("""
                        update issued_letter set srikandi_number = ?, srikandi_recorded_by = ?, srikandi_recorded_at = ?
                        where id = ? and office_id = ?""", kept, kept == null ? null : staff.id(),
                kept == null ? null : Timestamp.from(clock.instant()), letterId, staff.requireOffice());
        if (changed == 0) {
            throw new NotFoundException("issued letter " + letterId);
        }
    }

    private static final RowMapper<IssuedLetter> ROWS = IssuedLetters::row;

    private static IssuedLetter row(ResultSet rs, int row) throws SQLException {
        return new IssuedLetter(rs.getLong("id"), rs.getLong("office_id"), LetterKind.valueOf(rs.getString("kind")),
                rs.getString("number"), rs.getString("verification_code"), rs.getString("signatory_name"),
                rs.getString("signatory_post"), rs.getString("certificate_sha256"),
                rs.getTimestamp("issued_at").toInstant(), rs.getString("sha256"), rs.getInt("size_bytes"),
                rs.getString("srikandi_number"));
    }

    /** The outcome of comparing an uploaded PDF with the issued letter. */
    public enum UploadCheck {
        /** byte for byte the issued letter */
        GENUINE,
        /** not the issued letter, though it still carries the office's valid signature: changed after signing */
        CHANGED_AFTER_SIGNING,
        /** not the issued letter */
        NOT_GENUINE
    }
}
