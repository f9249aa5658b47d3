package id.konsultasi.feedback;

import java.time.Instant;

/** A respondent's suggestion (saran dan masukan), as the head reads it. */
record SurveyComment(Instant answeredAt, SurveySource source, String comment) {
}
