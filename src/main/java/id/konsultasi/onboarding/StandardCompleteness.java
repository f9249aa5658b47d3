package id.konsultasi.onboarding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.konsultasi.office.Requirement;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.onboarding.OnboardingStep.Gap;
import id.konsultasi.shared.Texts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Whether an office's standard is saved and complete: not the placeholder draft a new office starts with (its items
 * read "(not yet filled in by the office administrator)", in the language the system administrator used), and with
 * the SK number, requirements, procedure, a time limit, the fee and the products.
 */
@Component
class StandardCompleteness {

    /** the languages of the bundles: a draft is recognised in either */
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("id"), Locale.ENGLISH);

    private final Set<String> draftItems;

    StandardCompleteness(MessageSource messages) {
        this.draftItems = LANGUAGES.stream().map(locale -> messages.getMessage("office.new.draftItem", null, locale))
                .map(StandardCompleteness::normalised).collect(Collectors.toUnmodifiableSet());
    }

    /** What the standard still lacks (required) and what is advised. */
    OnboardingStep check(ServiceStandard.Revision standard) {
        List<Gap> missing = new ArrayList<>();
        if (Texts.orNull(standard.decreeNumber()) == null) {
            missing.add(Gap.of("onboarding.standard.decree"));
        }
        if (unwritten(standard.requirements().stream().map(Requirement::text).toList())) {
            missing.add(Gap.of("onboarding.standard.requirements"));
        }
        if (unwritten(standard.procedure())) {
            missing.add(Gap.of("onboarding.standard.procedure"));
        }
        if (standard.limits().isEmpty()) {
            missing.add(Gap.of("onboarding.standard.limits"));
        }
        if (Texts.orNull(standard.fee()) == null || isDraft(standard.fee())) {
            missing.add(Gap.of("onboarding.standard.fee"));
        }
        if (unwritten(standard.products())) {
            missing.add(Gap.of("onboarding.standard.products"));
        }
        List<Gap> advised = standard.complaintChannels().isEmpty() && Texts.orNull(standard.complaintNote()) == null
                ? List.of(Gap.of("onboarding.standard.complaints")) : List.of();
        return new OnboardingStep(OnboardingStep.Kind.STANDARD, missing, advised);
    }

    /** No item at all, or one still the new office's placeholder. */
    private boolean unwritten(Collection<String> items) {
        return items.isEmpty() || items.stream().anyMatch(item -> Texts.orNull(item) == null || isDraft(item));
    }

    private boolean isDraft(String text) {
        return draftItems.contains(normalised(text));
    }

    private static String normalised(String text) {
        return Stream.of(text.strip().split("\\s+")).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
    }
}
