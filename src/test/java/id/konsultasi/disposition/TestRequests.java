package id.konsultasi.disposition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.konsultasi.office.Offices;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.LetterReference;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;

/** Requests for the disposition tests, each with its own text so that tests never depend on each other's data. */
final class TestRequests {

    private TestRequests() {
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A letter, registered at once with an agenda number: it waits for the head. */
    static Receipt letter(RequestService service, Offices offices, String office, String topic, String email) {
        return service.submit(offices.findByCode(office).orElseThrow().getId(), new NewRequest(Channel.LETTER,
                        UUID.randomUUID().toString(),
                        new NewRequest.ApplicantData(ApplicantType.INSTITUTION, "Wa Ode Hasnia", "LSM Peduli Anak Nusantara",
                                "Ketua", null, "+6281234567890", email, "Jl. Betoambari No. 7"),
                        topic, "Meminta penjelasan syarat rehabilitasi sosial", ConsultationMode.IN_PERSON, null, false,
                        true, new LetterReference("045/LSM-PAB/XI/2026", LocalDate.of(2026, 11, 20),
                        LocalDate.of(2026, 11, 23))),
                List.of(), Actor.applicant());
    }

    /** A visitor at the desk, registered at once; urgent when the duty officer says so. */
    static Receipt walkIn(RequestService service, Offices offices, String office, String topic, boolean urgent,
                          String email) {
        return service.submit(offices.findByCode(office).orElseThrow().getId(), new NewRequest(Channel.WALK_IN,
                        UUID.randomUUID().toString(),
                        new NewRequest.ApplicantData(ApplicantType.PERSON, "La Ode Karim", null, null, null,
                                "+6281298765432", email, null),
                        topic, "Datang langsung untuk berkonsultasi", ConsultationMode.IN_PERSON, null, urgent, true),
                List.of(), Actor.applicant());
    }
}
