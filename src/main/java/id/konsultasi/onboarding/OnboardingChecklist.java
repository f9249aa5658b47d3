package id.konsultasi.onboarding;

import java.util.List;

/**
 * The whole guide of one office: its steps in order and whether its public request form is open.
 *
 * @param officeId       the office
 * @param officeName     its name
 * @param officeCode     its code (the public page's address)
 * @param steps          the steps, in order
 * @param publicFormOpen whether the public may send requests through the web form now
 */
public record OnboardingChecklist(long officeId, String officeName, String officeCode, List<OnboardingStep> steps,
                                  boolean publicFormOpen) {

    public OnboardingChecklist {
        steps = List.copyOf(steps);
    }

    /** No required step is missing: the public form may open. */
    public boolean isReady() {
        return steps.stream().allMatch(step -> step.missing().isEmpty());
    }

    /** Everything required that is still missing, step by step. */
    public List<OnboardingStep.Gap> missing() {
        return steps.stream().flatMap(step -> step.missing().stream()).toList();
    }

    public OnboardingStep step(OnboardingStep.Kind kind) {
        return steps.stream().filter(step -> step.kind() == kind).findFirst().orElseThrow();
    }
}
