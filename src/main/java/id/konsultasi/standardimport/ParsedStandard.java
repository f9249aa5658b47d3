package id.konsultasi.standardimport;

import java.util.List;
import java.util.Map;

import id.konsultasi.office.ComplaintChannel;
import id.konsultasi.office.InternalComponent;
import id.konsultasi.office.InternalComponents;
import id.konsultasi.office.Requirement;
import id.konsultasi.office.ServiceStandard;

/**
 * What {@link StandardParser} understood of a published standard, and what it did not: the lines it could not place
 * ({@link #unrecognised()}, each with its line number in the source, to be highlighted in the review) and the
 * {@link #warnings()} about content that looks wrong. Nothing here is guessed: a value the text does not carry is
 * null (or an empty list), and a component the text lacks is a {@link WarningKind#MISSING_COMPONENT} warning.
 *
 * @param free     true for "Tidak dipungut biaya" (or an amount of zero), false for an amount, null when the fee text
 *                 says neither
 * @param internal the items of each internal component of PermenPANRB 15/2014 the text carries under its heading
 *                 ("Dasar Hukum", "Jumlah Pelaksana", ...); a component it lacks is absent (no warning: most published
 *                 standards carry none)
 * @param pledge   the Maklumat Pelayanan, its paragraphs separated by a blank line; null when the text has none
 */
public record ParsedStandard(OfficeHeader office, String serviceName, String decreeNumber,
                             List<Requirement> requirements, List<String> procedure, String completionTime,
                             ServiceStandard.TimeLimits limits, String fee, Boolean free, List<String> products,
                             List<ComplaintChannel> complaintChannels, List<Unrecognised> unrecognised,
                             List<Warning> warnings, Map<InternalComponent, List<String>> internal, String pledge) {

    public ParsedStandard {
        requirements = List.copyOf(requirements);
        procedure = List.copyOf(procedure);
        products = List.copyOf(products);
        complaintChannels = List.copyOf(complaintChannels);
        unrecognised = List.copyOf(unrecognised);
        warnings = List.copyOf(warnings);
        internal = new InternalComponents(internal).items();
    }

    /**
     * The internal components the text carries, as the office stores them (with the pledge:
     * {@code OfficeAdministration.reviseInternalComponents(officeId, version, parsed.internalComponents(),
     * parsed.pledge())}).
     */
    public InternalComponents internalComponents() {
        return new InternalComponents(internal);
    }

    /** The standard as the office would store it, with the workflow switches the text does not carry. */
    public ServiceStandard.Revision toRevision(ServiceStandard.WorkflowSwitches switches) {
        return new ServiceStandard.Revision(serviceName, decreeNumber, requirements, procedure, limits, completionTime,
                fee, products, complaintChannels, null, switches);
    }

    public boolean hasWarning(WarningKind kind) {
        return warnings.stream().anyMatch(warning -> warning.kind() == kind);
    }

    /** The office as its header names it; any field the header lacks is null. */
    public record OfficeHeader(String name, String government, String address, String phone, String website,
                               String email) {
    }

    /** A line (or a fragment of one) of the source that the parser could not place; lines count from 1. */
    public record Unrecognised(int line, String text) {
    }

    /** Something suspicious at a line of the source (0 when it concerns the whole text). */
    public record Warning(int line, WarningKind kind, String detail) {
    }

    public enum WarningKind {
        /** no "No. SK" line */
        MISSING_DECREE,
        /** one of the six published components has no heading; the detail names it */
        MISSING_COMPONENT,
        /** a component's heading appears twice; its items are appended */
        REPEATED_COMPONENT,
        /** a numbered list skips a number */
        NUMBERING_GAP,
        /** a duration in the completion time that is not one of the limits ("2 x 24 jam") */
        TIME_NOT_STRUCTURED,
        /** the fee says neither free nor an amount */
        FEE_UNCLEAR,
        /** the complaint section repeats the procedure instead of naming channels */
        COMPLAINTS_REPEAT_PROCEDURE
    }
}
