package id.konsultasi.request;

import java.util.Comparator;
import java.util.List;

import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Component;

/** Every letter of a request that this person may print, from each module that writes one, in order. */
@Component
public class ApplicantLetters {

    private final List<ApplicantLetterSource> sources;

    ApplicantLetters(List<ApplicantLetterSource> sources) {
        this.sources = sources;
    }

    public List<ApplicantLetter> of(StaffPrincipal staff, ConsultationRequest request) {
        return sources.stream().flatMap(source -> source.lettersFor(staff, request).stream())
                .sorted(Comparator.comparingInt(ApplicantLetter::position)).toList();
    }
}
