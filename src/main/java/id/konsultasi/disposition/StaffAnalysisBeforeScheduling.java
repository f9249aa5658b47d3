package id.konsultasi.disposition;

import java.util.Optional;

import id.konsultasi.scheduling.SchedulingPrecondition;

import org.springframework.stereotype.Component;

/** When the division head asked for a telaahan staf, the lead officer attaches it before scheduling. */
@Component
class StaffAnalysisBeforeScheduling implements SchedulingPrecondition {

    private final DispositionService dispositions;

    StaffAnalysisBeforeScheduling(DispositionService dispositions) {
        this.dispositions = dispositions;
    }

    @Override
    public Optional<String> missingBeforeScheduling(long requestId) {
        return dispositions.staffAnalysisOutstanding(requestId) ? Optional.of("schedule.staffAnalysis.required")
                : Optional.empty();
    }
}
