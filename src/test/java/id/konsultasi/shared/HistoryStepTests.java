package id.konsultasi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import id.konsultasi.feedback.ComplaintHistoryEntry;
import id.konsultasi.request.HistoryEntry;
import org.junit.jupiter.api.Test;

/** Requests and complaints keep their history in one shape: who, when, from which status to which, two notes. */
class HistoryStepTests {

    enum Light { RED, GREEN }

    static final class Step extends HistoryStep<Light> {
        Step(Light from, Light to) {
            super(Instant.parse("2026-03-02T01:00:00Z"), 7L, "La Ode", from, to, "untuk pemohon", "untuk staf");
        }
    }

    @Test
    void aStepKeepsWhoWhenAndBothNotesAndKnowsWhetherItChangedTheStatus() {
        Step change = new Step(Light.RED, Light.GREEN);
        assertThat(change.getAt()).isEqualTo(Instant.parse("2026-03-02T01:00:00Z"));
        assertThat(change.getActorId()).isEqualTo(7L);
        assertThat(change.getActorName()).isEqualTo("La Ode");
        assertThat(change.getFromStatus()).isEqualTo(Light.RED);
        assertThat(change.getToStatus()).isEqualTo(Light.GREEN);
        assertThat(change.getPublicNote()).isEqualTo("untuk pemohon");
        assertThat(change.getInternalNote()).isEqualTo("untuk staf");
        assertThat(change.isStatusChange()).isTrue();
        assertThat(new Step(Light.GREEN, Light.GREEN).isStatusChange()).isFalse();
        assertThat(new Step(null, Light.RED).isStatusChange()).isTrue();
    }

    @Test
    void bothHistoriesAreSteps() {
        assertThat(HistoryStep.class).isAssignableFrom(HistoryEntry.class).isAssignableFrom(ComplaintHistoryEntry.class);
    }
}
