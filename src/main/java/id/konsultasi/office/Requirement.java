package id.konsultasi.office;

import java.util.List;

import id.konsultasi.shared.Labelled;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One requirement of the standard as its decree writes it, and whom it applies to: an online applicant reads only
 * those for everyone (and those for institutions when writing for one); the office page shows them all, each
 * in-person or institution one with its note.
 */
@Embeddable
public record Requirement(@Column(name = "text") String text,
                          @Enumerated(EnumType.STRING) @Column(name = "applies_to") AppliesTo appliesTo) {

    public Requirement {
        appliesTo = appliesTo == null ? AppliesTo.EVERYONE : appliesTo;
    }

    /** Requirements that apply to every applicant, as a standard without markers has them. */
    public static List<Requirement> forEveryone(List<String> texts) {
        return texts.stream().map(text -> new Requirement(text, AppliesTo.EVERYONE)).toList();
    }

    /** Whether an online applicant (an institution's or not) reads it on the request form. */
    public boolean appliesOnlineTo(boolean institution) {
        return appliesTo == AppliesTo.EVERYONE || appliesTo == AppliesTo.INSTITUTIONS && institution;
    }

    /** Whether it is listed on the request form at all (revealed for institutions when it is theirs only). */
    public boolean isReadOnline() {
        return appliesTo != AppliesTo.IN_PERSON;
    }

    public boolean isForInstitutionsOnly() {
        return appliesTo == AppliesTo.INSTITUTIONS;
    }

    public boolean isForEveryone() {
        return appliesTo == AppliesTo.EVERYONE;
    }

    /** The short note beside a requirement that does not apply to everyone ("hanya bila datang langsung"). */
    public String noteKey() {
        return "requirement.note." + appliesTo.name();
    }

    /** Whom a requirement applies to; an importer of a published standard sets it too. */
    public enum AppliesTo implements Labelled {
        /** every applicant, online or in person (the default) */
        EVERYONE,
        /** only those who come in person or hand in a letter: "register at the duty desk", "show your KTP" */
        IN_PERSON,
        /** only applicants who write for an institution: "bring the letter of the institution's head" */
        INSTITUTIONS;

        @Override
        public String labelPrefix() {
            return "requirement.appliesTo";
        }
    }
}
