package id.konsultasi.feedback;

/**
 * One filled-in questionnaire.
 *
 * @param idempotencyKey the form's key: the same form sent twice is counted once
 * @param comment        saran dan masukan, optional (null)
 */
public record SurveyAnswer(String idempotencyKey, SkmAnswers scores, String comment, Respondent respondent) {
}
