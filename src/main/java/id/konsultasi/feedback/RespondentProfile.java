package id.konsultasi.feedback;

import java.util.Map;

/**
 * Who answered the survey in a period (profil responden), counted per answer; {@code notStated}
 * counts those who left a question open.
 */
record RespondentProfile(Map<RespondentSex, Long> bySex, long sexNotStated,
                                Map<RespondentEducation, Long> byEducation, long educationNotStated,
                                Map<RespondentOccupation, Long> byOccupation, long occupationNotStated,
                                Map<SurveySource, Long> bySource) {

    public RespondentProfile {
        bySex = Map.copyOf(bySex);
        byEducation = Map.copyOf(byEducation);
        byOccupation = Map.copyOf(byOccupation);
        bySource = Map.copyOf(bySource);
    }
}
