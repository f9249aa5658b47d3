package id.konsultasi.request;

/** How many requests are overdue: their answer letter, their consultation, and either. */
public record LateCounts(long answerLetters, long consultations, long requests) {
}
