package id.konsultasi.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import id.konsultasi.office.ComplaintChannel;
import id.konsultasi.office.ComplaintChannelKind;
import id.konsultasi.office.Requirement;
import id.konsultasi.office.ServiceStandard;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

/** A standard is complete when it is written, not the placeholder a new office starts with, in either language. */
class StandardCompletenessTests {

    static final String DRAFT_ID = "(belum diisi oleh administrator kantor)";
    static final String DRAFT_EN = "(not yet filled in by the office administrator)";

    final StandardCompleteness completeness = new StandardCompleteness(messages());

    static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("office.new.draftItem", Locale.forLanguageTag("id"), DRAFT_ID);
        messages.addMessage("office.new.draftItem", Locale.ENGLISH, DRAFT_EN);
        return messages;
    }

    static ServiceStandard.Revision standard(String decree, List<String> items, ServiceStandard.TimeLimits limits,
                                             String fee, List<ComplaintChannel> channels) {
        return new ServiceStandard.Revision("Pelayanan Konsultasi", decree, Requirement.forEveryone(items), items,
                limits, null, fee, items, channels, null,
                new ServiceStandard.WorkflowSwitches(false, false, false, false, true));
    }

    static List<String> keys(List<OnboardingStep.Gap> gaps) {
        return gaps.stream().map(OnboardingStep.Gap::key).toList();
    }

    @Test
    void theDraftOfANewOfficeIsMissingWhicheverLanguageMadeIt() {
        for (String draft : List.of(DRAFT_ID, "  (Not yet filled in by the   office administrator) ")) {
            OnboardingStep step = completeness.check(standard(null, List.of(draft),
                    new ServiceStandard.TimeLimits(null, null, null), "Tidak dipungut biaya", List.of()));
            assertThat(step.state()).isEqualTo(OnboardingStep.State.MISSING);
            assertThat(keys(step.missing())).containsExactly("onboarding.standard.decree",
                    "onboarding.standard.requirements", "onboarding.standard.procedure", "onboarding.standard.limits",
                    "onboarding.standard.products");
            assertThat(keys(step.advised())).containsExactly("onboarding.standard.complaints");
        }
    }

    @Test
    void oneItemLeftAsTheDraftStillCountsAsMissing() {
        OnboardingStep step = completeness.check(standard("400/1/2027", List.of("Materi konsultasi", DRAFT_ID),
                new ServiceStandard.TimeLimits(1, null, null), "Tidak dipungut biaya", List.of()));
        assertThat(keys(step.missing())).containsExactly("onboarding.standard.requirements",
                "onboarding.standard.procedure", "onboarding.standard.products");
    }

    @Test
    void aWrittenStandardWithOneLimitAndAChannelIsDone() {
        OnboardingStep step = completeness.check(standard("400/1/2027", List.of("Materi konsultasi"),
                new ServiceStandard.TimeLimits(null, null, 30), "Tidak dipungut biaya",
                List.of(new ComplaintChannel(ComplaintChannelKind.EMAIL, "pengaduan@contoh.go.id"))));
        assertThat(step.state()).isEqualTo(OnboardingStep.State.DONE);
        assertThat(completeness.check(standard("400/1/2027", List.of("Materi konsultasi"),
                new ServiceStandard.TimeLimits(null, null, 30), " ", List.of())).missing())
                .extracting(OnboardingStep.Gap::key).containsExactly("onboarding.standard.fee");
    }
}
