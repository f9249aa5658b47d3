package id.konsultasi.consultation;

/** A file the officer attaches to the record as data handed over; its type is judged by its bytes. */
public record Upload(String filename, byte[] content, boolean forApplicant) {
}
