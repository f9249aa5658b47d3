package id.konsultasi.intake;

import java.util.List;
import java.util.Optional;

import id.konsultasi.consultation.ApplicantResults;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.RequestDocument;
import id.konsultasi.request.RequestDocuments;
import id.konsultasi.request.RequestService;
import id.konsultasi.scheduling.AnswerLetter;
import id.konsultasi.scheduling.Appointment;
import id.konsultasi.scheduling.SchedulingService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a tracking page shows, read in one transaction: one connection and one persistence context for the
 * request, its appointment and the letter's facts, its result and its documents (the request is read once, not
 * again by each module that needs it), the office from memory.
 */
@Service
@Transactional(readOnly = true)
public class TrackingPages {

    private final RequestService requests;
    private final RequestDocuments documents;
    private final OfficeDirectory offices;
    private final SchedulingService scheduling;
    private final AnswerLetter letters;
    private final ApplicantResults results;

    TrackingPages(RequestService requests, RequestDocuments documents, OfficeDirectory offices,
                  SchedulingService scheduling, AnswerLetter letters, ApplicantResults results) {
        this.requests = requests;
        this.documents = documents;
        this.offices = offices;
        this.scheduling = scheduling;
        this.letters = letters;
        this.results = results;
    }

    /** A tracking page's content; {@code facts} is there when {@code appointment} is. */
    public record Tracking(ConsultationRequest request, Office office, List<RequestDocument> documents,
                           Optional<Appointment> appointment, AnswerLetter.Facts facts,
                           Optional<ApplicantResults.Result> result) {
    }

    /** The page of a tracking link; an unknown link is a 404 ({@link RequestService#byToken}). */
    public Tracking of(String token) {
        return of(requests.byToken(token));
    }

    /** The page of a request already found by its link. */
    public Tracking of(ConsultationRequest request) {
        Optional<Appointment> appointment = scheduling.latestFor(request.getId());
        return new Tracking(request, offices.office(request.getOfficeId()),
                documents.findByRequestIdOrderByUploadedAt(request.getId()), appointment,
                appointment.map(letters::facts).orElse(null), results.of(request));
    }
}
