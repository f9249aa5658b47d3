package id.konsultasi.onboarding;

import java.util.List;

import id.konsultasi.shared.Labelled;

/**
 * One step of the onboarding guide: whether it is done, and in words what is still missing (required before the
 * public form may open) and what is advised (recommended, not required).
 *
 * @param kind    which step
 * @param missing what must still be done before the office opens its public form
 * @param advised what is recommended but not required
 */
public record OnboardingStep(Kind kind, List<Gap> missing, List<Gap> advised) {

    public OnboardingStep {
        missing = List.copyOf(missing);
        advised = List.copyOf(advised);
    }

    /** Missing: something required is not done; optional: only advice is left; done: nothing is left. */
    public State state() {
        return !missing.isEmpty() ? State.MISSING : advised.isEmpty() ? State.DONE : State.OPTIONAL;
    }

    /** The steps, in the order an administrator takes them. */
    public enum Kind implements Labelled {
        STANDARD, DIVISIONS, ROOMS, STAFF, HOLIDAYS, LETTERHEAD;

        @Override
        public String labelPrefix() {
            return "onboarding.step";
        }
    }

    public enum State implements Labelled {
        DONE, MISSING, OPTIONAL;

        @Override
        public String labelPrefix() {
            return "onboarding.state";
        }
    }

    /** Something left to do, as a message key and its arguments. */
    public record Gap(String key, List<Object> args) {

        public Gap {
            args = List.copyOf(args);
        }

        public static Gap of(String key, Object... args) {
            return new Gap(key, List.of(args));
        }
    }
}
