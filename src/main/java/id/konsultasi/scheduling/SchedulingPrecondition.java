package id.konsultasi.scheduling;

import java.util.Optional;

/**
 * Something that must be done before a request is scheduled, contributed by another module (the
 * disposition's telaahan staf, for one). Returns the message key of what is missing, if anything.
 */
public interface SchedulingPrecondition {

    Optional<String> missingBeforeScheduling(long requestId);
}
