package id.konsultasi.disposition;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import id.konsultasi.office.Office;

/**
 * The lembar disposisi as the paper form has it: the letter (from, number and date, date received,
 * agenda number, subject), the head's part (urgency, forwarded to, instructions, note, date, signature)
 * and, when the request went to a division, the division head's part. A request without a letter of its
 * own (online, walk-in) is identified by its receipt number and submission date.
 */
public record DispositionSheet(Office office, String receiptNumber, String agendaNumber, LocalDate receivedOn,
                               String sender, String letterNumber, LocalDate letterDate, boolean hasLetter,
                               String subject, Disposition disposition, List<String> forwardedTo,
                               ZonedDateTime decidedAt, DivisionPart division) {

    /** All instructions of the form, each with whether the head ticked it. */
    public List<Tick<Instruction>> getInstructionTicks() {
        return java.util.Arrays.stream(Instruction.values()).map(i -> new Tick<>(i, disposition.has(i))).toList();
    }

    /** All urgencies of the form, the chosen one ticked. */
    public List<Tick<Urgency>> getUrgencyTicks() {
        return java.util.Arrays.stream(Urgency.values())
                .map(u -> new Tick<>(u, u == disposition.getUrgency())).toList();
    }

    /** The division head's part: who serves, instructions, telaahan staf, date and signature. */
    public record DivisionPart(String leadName, List<String> companionNames, boolean servedPersonally,
                               String instructions, boolean staffAnalysisRequired, ZonedDateTime assignedAt,
                               Signatory signatory) {
    }

    /** A box of the form and whether it is ticked. */
    public record Tick<T>(T value, boolean ticked) {
    }
}
