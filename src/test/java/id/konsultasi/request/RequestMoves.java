package id.konsultasi.request;

import java.time.Instant;
import java.util.Collection;

/**
 * Test support: the aggregate's own moves, which are package-private so that the application changes a request
 * only through {@link RequestService}. Fixtures use them to drive a request to a state in one transaction, as
 * the services would, without the people and forms the services ask for.
 */
public final class RequestMoves {

    private RequestMoves() {
    }

    /** Registered under this agenda number, then assigned to the officers (through a division when given). */
    public static void registerAndAssign(ConsultationRequest request, String agendaNumber, Long divisionId,
                                         Collection<Long> officerIds, Actor actor, Instant at) {
        request.register(agendaNumber, actor, at);
        request.assign(divisionId, officerIds, actor, at, null, null);
    }

    /** Registered, waiting for the head's decision. */
    public static void register(ConsultationRequest request, Actor actor, Instant at) {
        request.register(actor, at);
    }

    /** Registered, then disposed by the head to a division, waiting for its head's assignment. */
    public static void registerAndDispose(ConsultationRequest request, long divisionId, Actor actor, Instant at) {
        request.register(actor, at);
        request.disposeToDivision(divisionId, actor, at, null, null);
    }

    /** From registered to closed: assigned by the head, scheduled, held and reported by the officer, closed. */
    public static void serveToTheEnd(ConsultationRequest request, Long divisionId, long officerId, Actor head,
                                     Actor officer, Instant at) {
        request.assign(divisionId, java.util.List.of(officerId), head, at, null, null);
        request.schedule(officer, at, "Jadwal konsultasi", null);
        request.markHeld(officer, at, null);
        request.fileReport(officer, at, "Laporan hasil konsultasi");
        request.close(head, at, "Layanan selesai");
    }
}
