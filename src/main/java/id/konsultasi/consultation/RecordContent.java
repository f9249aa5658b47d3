package id.konsultasi.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import id.konsultasi.request.ConsultationMode;

/**
 * What the officer wrote in the record: the delivery (actual start and end, mode, who attended) and the
 * result, the follow-up agreed, and what goes to the applicant. Any part may still be missing in a draft.
 *
 * @param releasedDocumentIds the handed-over files the officer sends to the applicant
 * @param outsideHoursReason why it took place outside the office's working hours (needed only then)
 */
public record RecordContent(Instant actualStart, Instant actualEnd, ConsultationMode modeUsed, Long leadOfficerId,
                            Set<Long> companionIds, String otherOfficials, String otherAgencies,
                            String applicantAttendees, String problem, String discussion, String advice,
                            String recommendations, String solutions, String handoverNote, List<FollowUp> followUps,
                            Set<LetterSection> letterSections, Set<Long> releasedDocumentIds,
                            String outsideHoursReason) {

    public RecordContent {
        companionIds = companionIds == null ? Set.of() : Set.copyOf(companionIds);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        letterSections = letterSections == null ? Set.of() : Set.copyOf(letterSections);
        releasedDocumentIds = releasedDocumentIds == null ? Set.of() : Set.copyOf(releasedDocumentIds);
    }

    /** What was written about a consultation held inside working hours (no reason needed). */
    public RecordContent(Instant actualStart, Instant actualEnd, ConsultationMode modeUsed, Long leadOfficerId,
                         Set<Long> companionIds, String otherOfficials, String otherAgencies, String applicantAttendees,
                         String problem, String discussion, String advice, String recommendations, String solutions,
                         String handoverNote, List<FollowUp> followUps, Set<LetterSection> letterSections,
                         Set<Long> releasedDocumentIds) {
        this(actualStart, actualEnd, modeUsed, leadOfficerId, companionIds, otherOfficials, otherAgencies,
                applicantAttendees, problem, discussion, advice, recommendations, solutions, handoverNote, followUps,
                letterSections, releasedDocumentIds, null);
    }
}
