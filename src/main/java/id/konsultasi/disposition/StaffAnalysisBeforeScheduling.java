package id.konsultasi.disposition;

import java.util.Optional;

import id.konsultasi.scheduling.SchedulingPrecondition;

import org.springframework.stereotype.Component;

/** When the division head asked for a telaahan staf, the lead officer attaches it before scheduling. */
@Component
class StaffAnalysisBeforeScheduling implements SchedulingPrecondition {

    private final StaffAnalyses analyses;

    StaffAnalysisBeforeScheduling(StaffAnalyses analyses) {
        this.analyses = analyses;
    }

    @Override
    public Optional<String> missingBeforeScheduling(long requestId) {
        return analyses.outstanding(requestId) ? Optional.of("schedule.staffAnalysis.required")
                : Optional.empty();
    }
}
