package id.konsultasi.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import id.konsultasi.desk.DeskStatistics;
import id.konsultasi.notification.OutboxStatistics;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.request.RequestWorklist;
import id.konsultasi.request.WorklistCounts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The figures an office head watches, as gauges tagged with the office's code ({@code office="buton"}):
 * <ul>
 * <li>{@code konsultasi_requests{office,status}}: requests under way per status (the dashboard's counts);</li>
 * <li>{@code konsultasi_answer_letters_late{office}}, {@code konsultasi_consultations_late{office}}: requests
 * whose answer letter, or consultation, is past its deadline now;</li>
 * <li>{@code konsultasi_outbox_mails{office,status}}: mail pending (waiting for its next attempt) and failed
 * (given up), {@code office="system"} for the mail of no office;</li>
 * <li>{@code konsultasi_guests_waiting{office}}: walk-in guests waiting at the duty desk now.</li>
 * </ul>
 * All of them are read together, at most once per {@code konsultasi.metrics.max-age} (default 10 s) whatever the
 * number of gauges and scrapes: per office one statement over the dashboard's tallies
 * ({@link RequestWorklist#counts}, as the head's dashboard reads them), one statement over the unsent mail and
 * one over the desks' boards. An office added later gets its gauges within a minute.
 */
@Component
class BusinessMetrics implements MeterBinder {

    static final String SYSTEM = "system";

    private final Offices offices;
    private final RequestWorklist worklist;
    private final OutboxStatistics outbox;
    private final DeskStatistics desk;
    private final Clock clock;
    private final Duration maxAge;
    private final Set<Long> registered = ConcurrentHashMap.newKeySet();
    private volatile MeterRegistry registry;
    private volatile Snapshot snapshot;

    BusinessMetrics(Offices offices, RequestWorklist worklist, OutboxStatistics outbox, DeskStatistics desk,
                    Clock clock, @Value("${konsultasi.metrics.max-age:PT10S}") Duration maxAge) {
        this.offices = offices;
        this.worklist = worklist;
        this.outbox = outbox;
        this.desk = desk;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        gauge("konsultasi.outbox.mails", "Mail not sent yet: pending (to be tried again) or failed (given up)",
                SYSTEM, "status", "pending", s -> s.unsent(OutboxStatistics.SYSTEM).pending());
        gauge("konsultasi.outbox.mails", "Mail not sent yet: pending (to be tried again) or failed (given up)",
                SYSTEM, "status", "failed", s -> s.unsent(OutboxStatistics.SYSTEM).failed());
    }

    /** The offices there are once the application has started (the demo data included), and every minute. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void registerOffices() {
        if (registry == null) {
            return;
        }
        for (Office office : offices.findAllByOrderByName()) {
            if (registered.add(office.getId())) {
                register(office.getId(), office.getCode());
            }
        }
    }

    private void register(long officeId, String code) {
        for (RequestStatus status : RequestStatus.values()) {
            if (!status.isTerminal()) {
                gauge("konsultasi.requests", "Requests under way, per status", code, "status", status.name(),
                        s -> s.counts(officeId).count(status));
            }
        }
        gauge("konsultasi.answer.letters.late", "Requests whose answer letter is past its deadline", code, null, null,
                s -> s.counts(officeId).late().answerLetters());
        gauge("konsultasi.consultations.late", "Requests whose consultation is past its deadline", code, null, null,
                s -> s.counts(officeId).late().consultations());
        gauge("konsultasi.outbox.mails", "Mail not sent yet: pending (to be tried again) or failed (given up)",
                code, "status", "pending", s -> s.unsent(officeId).pending());
        gauge("konsultasi.outbox.mails", "Mail not sent yet: pending (to be tried again) or failed (given up)",
                code, "status", "failed", s -> s.unsent(officeId).failed());
        gauge("konsultasi.guests.waiting", "Walk-in guests waiting at the duty desk", code, null, null,
                s -> s.waiting(officeId));
    }

    private void gauge(String name, String description, String office, String tag, String value,
                       ToDoubleFunction<Snapshot> read) {
        Gauge.Builder<BusinessMetrics> gauge = Gauge.builder(name, this, metrics -> read.applyAsDouble(metrics.current()))
                .description(description).tag("office", office).strongReference(true);
        if (tag != null) {
            gauge.tag(tag, value);
        }
        gauge.register(registry);
    }

    /** The figures, read again when they are older than the maximum age (or from a clock that went back). */
    synchronized Snapshot current() {
        Instant now = clock.instant();
        Snapshot last = snapshot;
        if (last == null || now.isBefore(last.at()) || !now.isBefore(last.at().plus(maxAge))) {
            last = read(now);
            snapshot = last;
        }
        return last;
    }

    private Snapshot read(Instant now) {
        Map<Long, WorklistCounts> counts = new HashMap<>();
        for (Long officeId : List.copyOf(registered)) {
            counts.put(officeId, worklist.counts(officeId, null, now));
        }
        return new Snapshot(now, counts, outbox.unsentPerOffice(), desk.guestsWaitingPerOffice());
    }

    record Snapshot(Instant at, Map<Long, WorklistCounts> requests, Map<Long, OutboxStatistics.Unsent> outbox,
                    Map<Long, Long> guestsWaiting) {

        WorklistCounts counts(long officeId) {
            WorklistCounts counts = requests.get(officeId);
            return counts != null ? counts : new WorklistCounts(Map.of(), new id.konsultasi.request.LateCounts(0, 0, 0));
        }

        OutboxStatistics.Unsent unsent(long officeId) {
            return outbox.getOrDefault(officeId, OutboxStatistics.Unsent.NONE);
        }

        long waiting(long officeId) {
            return guestsWaiting.getOrDefault(officeId, 0L);
        }
    }
}
