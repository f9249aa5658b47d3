package id.konsultasi.support;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import id.konsultasi.office.Offices;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestMoves;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test support: requests of a demo office, submitted online and, when a test needs one, driven to CLOSED
 * the way the later modules will: registered by the secretariat through {@link RequestService}, then
 * assigned, scheduled, held, reported and closed through the aggregate's own moves ({@link RequestMoves}) inside one transaction,
 * saved through {@link ConsultationRequests#save} so that every {@code RequestStatusChanged} is published.
 */
@Component
public class RequestJourneys {

    private final RequestService service;
    private final ConsultationRequests requests;
    private final Offices offices;
    private final UserDetailsService users;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RequestJourneys(RequestService service, ConsultationRequests requests, Offices offices, UserDetailsService users,
                    Clock clock, PlatformTransactionManager transactionManager) {
        this.service = service;
        this.requests = requests;
        this.offices = offices;
        this.users = users;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** A request sent online to the office (code {@code buton} or {@code babel}) by a private person. */
    public Receipt submit(String officeCode, String name, String email) {
        return submit(officeCode, name, email, "id");
    }

    /** The same, written in the given language ({@code id} or {@code en}). */
    public Receipt submit(String officeCode, String name, String email, String language) {
        long officeId = offices.findByCode(officeCode).orElseThrow().getId();
        return service.submit(officeId, new NewRequest(Channel.ONLINE, UUID.randomUUID().toString(),
                new NewRequest.ApplicantData(ApplicantType.PERSON, name, null, null, null, "+6281234567890", email,
                        null),
                "Pendampingan rehabilitasi sosial " + UUID.randomUUID(), "Konsultasi langkah pendampingan keluarga",
                ConsultationMode.IN_PERSON, null, false, true).inLanguage(language), List.of(), Actor.applicant());
    }

    /** A request submitted and then served to the end: its status is CLOSED. */
    public Receipt closed(String officeCode, String name, String email) {
        return closed(officeCode, name, email, "id");
    }

    /** The same, written in the given language ({@code id} or {@code en}). */
    public Receipt closed(String officeCode, String name, String email, String language) {
        Receipt receipt = submit(officeCode, name, email, language);
        ConsultationRequest submitted = requests.findById(receipt.requestId()).orElseThrow();
        service.register(Staff.principal(users, "sekretariat." + officeCode), submitted.getId(), submitted.getVersion());
        StaffPrincipal head = Staff.principal(users, "kadis." + officeCode);
        StaffPrincipal officer = Staff.principal(users, "petugas." + officeCode);
        transaction.executeWithoutResult(status -> {
            ConsultationRequest r = requests.findWholeById(receipt.requestId()).orElseThrow();
            RequestMoves.serveToTheEnd(r, officer.divisionId(), officer.id(), Actor.of(head), Actor.of(officer),
                    clock.instant());
            requests.save(r);
        });
        return receipt;
    }
}
