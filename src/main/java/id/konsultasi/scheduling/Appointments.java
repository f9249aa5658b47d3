package id.konsultasi.scheduling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Appointments extends JpaRepository<Appointment, Long> {

    Optional<Appointment> findByRequestIdAndStatus(long requestId, AppointmentStatus status);

    Optional<Appointment> findFirstByRequestIdOrderByCreatedAtDesc(long requestId);

    Optional<Appointment> findByIdAndOfficeId(long id, long officeId);

    /** Active appointments of the office that overlap a period, excluding one (the one being moved). */
    @Query("""
            select a from Appointment a
            where a.officeId = :officeId and a.status = id.konsultasi.scheduling.AppointmentStatus.ACTIVE
              and a.startAt < :to and a.endAt > :from and a.id <> :except
            order by a.startAt""")
    List<Appointment> overlapping(long officeId, Instant from, Instant to, long except);

    /** The officers' and rooms' bookings of the office in a period (for free slots). */
    @Query("""
            select a from Appointment a
            where a.officeId = :officeId and a.status = id.konsultasi.scheduling.AppointmentStatus.ACTIVE
              and a.startAt < :to and a.endAt > :from
            order by a.startAt""")
    List<Appointment> activeBetween(long officeId, Instant from, Instant to);

    /**
     * The bookings of the office in a period for the week's grid, in one statement: one row per appointment and
     * officer (id, request id, its receipt number, start, end, room, officer).
     */
    @Query("""
            select a.id, a.requestId, r.receiptNumber, a.startAt, a.endAt, a.roomId, o
            from Appointment a join a.officerIds o, id.konsultasi.request.RequestView r
            where r.id = a.requestId and a.officeId = :officeId
              and a.status = id.konsultasi.scheduling.AppointmentStatus.ACTIVE
              and a.startAt < :to and a.endAt > :from
            order by a.startAt, a.id""")
    List<Object[]> bookingsBetween(long officeId, Instant from, Instant to);

    /** An officer's active appointments in a period. */
    @Query("""
            select a from Appointment a join a.officerIds o
            where o = :officerId and a.status = id.konsultasi.scheduling.AppointmentStatus.ACTIVE
              and a.startAt < :to and a.endAt > :from
            order by a.startAt""")
    List<Appointment> ofOfficerBetween(long officerId, Instant from, Instant to);

    /** How many active appointments an officer has in a period (their "today" of {@link #ofOfficerBetween}). */
    @Query("""
            select count(a) from Appointment a join a.officerIds o
            where o = :officerId and a.status = id.konsultasi.scheduling.AppointmentStatus.ACTIVE
              and a.startAt < :to and a.endAt > :from""")
    long countOfOfficerBetween(long officerId, Instant from, Instant to);

    /** Active appointments starting in a period whose reminder has not gone out. */
    @Query("""
            select a from Appointment a
            where a.status = id.konsultasi.scheduling.AppointmentStatus.ACTIVE and a.reminderSentAt is null
              and a.startAt >= :from and a.startAt < :to""")
    List<Appointment> awaitingReminder(Instant from, Instant to);

    /** Marks the reminder sent; 1 only for the first caller, so a reminder never goes out twice. */
    @Modifying
    @Query("update Appointment a set a.reminderSentAt = :at where a.id = :id and a.reminderSentAt is null")
    int claimReminder(long id, Instant at);

    List<Appointment> findByRequestIdIn(Collection<Long> requestIds);

    /** Appointments whose applicant's reminder went out after {@code from}, up to {@code to} ({@link Reminders} claimed it). */
    @Query("""
            select a from Appointment a
            where a.reminderSentAt > :from and a.reminderSentAt <= :to
            order by a.reminderSentAt, a.id""")
    List<Appointment> remindedBetween(Instant from, Instant to);
}
