package id.konsultasi.scheduling;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.document.PdfRenderer;
import id.konsultasi.office.Letterheads;
import id.konsultasi.office.MeetingRooms;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.WrittenDates;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.shared.PhoneNumbers;
import id.konsultasi.shared.security.Role;
import id.konsultasi.verification.IssueRequest;
import id.konsultasi.verification.IssuedLetters;
import id.konsultasi.verification.LetterKind;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The surat jawaban: the office's letterhead, the letter number and date, the addressee, the office's
 * own text (edited by its administrator, with placeholders filled in) and the schedule: mode, day and
 * time written out with the time zone, place or link, contact person, what to bring.
 */
@Component
public class AnswerLetter {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final PdfRenderer renderer;
    private final OfficeDirectory offices;
    private final ConsultationRequests requests;
    private final StaffUsers staff;
    private final MeetingRooms rooms;
    private final SchedulingSettings settings;
    private final MessageSource messages;
    private final WrittenDates dates;
    private final IssuedLetters issued;
    private final Letterheads letterheads;

    AnswerLetter(PdfRenderer renderer, OfficeDirectory offices, ConsultationRequests requests, StaffUsers staff,
                 MeetingRooms rooms, SchedulingSettings settings, MessageSource messages, WrittenDates dates,
                 IssuedLetters issued, Letterheads letterheads) {
        this.dates = dates;
        this.issued = issued;
        this.letterheads = letterheads;
        this.renderer = renderer;
        this.offices = offices;
        this.requests = requests;
        this.staff = staff;
        this.rooms = rooms;
        this.settings = settings;
        this.messages = messages;
    }

    /**
     * What the letter and the mail say about the appointment, in words: {@code mode} as a label ("Daring
     * (video)"), {@code modeInWords} as it reads inside a sentence ("secara daring").
     */
    public record Facts(String receiptNumber, String applicant, String topic, String mode, String modeInWords,
                        String day, String time, String zone, String place, String link, String joinInstructions,
                        String contactName, String contactPosition, String contactPhone, String whatsappLink,
                        String whatToBring, String desk) {

        /** Where a visitor reports: the office's own name for its duty desk, or the bundle's. */
        static String desk(Office office, MessageSource messages, Locale locale) {
            String named = office.getNames().of(Role.PIKET);
            return named != null ? named : messages.getMessage("names.word.PIKET", null, locale);
        }
    }

    /** The facts as the letter writes them, in Bahasa Indonesia. */
    @Transactional(readOnly = true)
    public Facts facts(Appointment appointment) {
        return facts(appointment, INDONESIAN);
    }

    /** The facts in the reader's language (the applicant's mail): mode, day, time and time zone. */
    @Transactional(readOnly = true)
    public Facts facts(Appointment appointment, Locale locale) {
        Office office = offices.office(appointment.getOfficeId());
        ConsultationRequest request = requests.findById(appointment.getRequestId()).orElseThrow();
        StaffUser contact = staff.findById(appointment.getContactPersonId()).orElseThrow();
        String place = appointment.getRoomId() == null ? null : rooms.findById(appointment.getRoomId())
                .map(r -> r.getName() + (r.getLocation() == null ? "" : ", " + r.getLocation()) + ", " + office.getAddress())
                .orElse(null);
        String phone = contact.getPhone() != null && !contact.getPhone().isBlank() ? contact.getPhone() : office.getPhone();
        return new Facts(request.getReceiptNumber(), request.getApplicant().getDisplayName(), request.getTopic(),
                messages.getMessage(appointment.getMode().labelKey(), null, locale),
                messages.getMessage(appointment.getMode().inWordsKey(), null, locale),
                dates.day(appointment.getStartAt(), office, locale), dates.time(appointment.getStartAt(), office, locale)
                + " - " + dates.time(appointment.getEndAt(), office, locale), dates.zoneWrittenOut(office, locale), place,
                appointment.getMeetingLink(), appointment.getJoinInstructions(), contact.getFullName(),
                contact.getPosition(), phone,
                phone == null || !PhoneNumbers.isValid(phone) ? null : "https://wa.me/" + PhoneNumbers.international(phone).substring(1),
                appointment.getWhatToBring(), Facts.desk(office, messages, locale));
    }

    /**
     * The letter as issued: the first time (the schedule's mail, or a download before it) it is rendered with its
     * verification code, signed and stored; a rescheduled appointment's letter has a new number and is a new letter.
     */
    @Transactional(readOnly = true)
    public byte[] pdf(Appointment appointment) {
        Office office = offices.office(appointment.getOfficeId());
        ConsultationRequest request = requests.findById(appointment.getRequestId()).orElseThrow();
        Facts facts = facts(appointment);
        Map<String, Object> model = new HashMap<>();
        model.put("office", office);
        model.put("r", request);
        model.put("a", appointment);
        model.put("facts", facts);
        model.put("letterDate", dates.placeAndDate(appointment.getLetterIssuedAt(), office));
        model.put("paragraphs", paragraphs(fill(settings.answerLetterBody(office.getId(), appointment.getMode()), facts)));
        model.put("logo", letterheads.logoDataUri(office.getId()));
        StaffUser head = staff.activeWithRole(office.getId(), Role.KADIS).stream().findFirst().orElse(null);
        model.put("head", head);
        model.put("signingPost", null);
        model.put("signerName", null);
        return issued.issue(new IssueRequest(office.getId(), LetterKind.ANSWER_LETTER, appointment.getLetterNumber(),
                "appointment:" + appointment.getId() + ":" + appointment.getLetterNumber(),
                head == null ? null : head.getFullName(), null), verification -> {
                    model.put("verification", verification);
                    return renderer.pdf("documents/answer-letter", model);
                });
    }

    public String filename(Appointment appointment) {
        return "surat-jawaban-" + appointment.getLetterNumber().replace('/', '-') + ".pdf";
    }

    /**
     * The office's text with {placeholders} filled in; a placeholder without a value (a contact person without a
     * phone) leaves no empty brackets behind.
     */
    static String fill(String body, Facts facts) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{pemohon}", facts.applicant());
        values.put("{nomor_tanda_terima}", facts.receiptNumber());
        values.put("{materi}", facts.topic());
        values.put("{cara}", facts.modeInWords());
        values.put("{hari_tanggal}", facts.day());
        values.put("{jam}", facts.time());
        values.put("{zona_waktu}", facts.zone());
        values.put("{tempat}", facts.place() != null ? facts.place() : facts.link());
        values.put("{narahubung}", facts.contactName());
        values.put("{jabatan_narahubung}", facts.contactPosition() == null ? "" : facts.contactPosition());
        values.put("{telepon_narahubung}", facts.contactPhone() == null ? "" : facts.contactPhone());
        values.put("{yang_dibawa}", facts.whatToBring() == null ? "-" : facts.whatToBring());
        values.put("{meja_tamu}", facts.desk());
        String text = body;
        for (var e : values.entrySet()) {
            text = text.replace(e.getKey(), e.getValue() == null ? "" : e.getValue());
        }
        return text.replaceAll("[ \\t]*\\([ \\t]*\\)", "");
    }

    static List<String> paragraphs(String text) {
        return java.util.Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
