package id.konsultasi.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StaffNotifications extends JpaRepository<StaffNotification, Long> {

    /** A person's notifications, newest first, a page of them (and their number) from the database. */
    Page<StaffNotification> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable pageable);

    Optional<StaffNotification> findByIdAndRecipientId(long id, long recipientId);

    @Query("select count(n) from StaffNotification n where n.recipientId = :recipientId and n.readAt is null")
    long countUnread(long recipientId);

    @Modifying
    @Query("update StaffNotification n set n.readAt = :at where n.id = :id and n.recipientId = :recipientId and n.readAt is null")
    int markRead(long id, long recipientId, Instant at);

    @Modifying
    @Query("update StaffNotification n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant at);

    /** The step a notification asked for was taken (by whoever): it is no longer news to anyone. */
    @Modifying(flushAutomatically = true)
    @Query("update StaffNotification n set n.readAt = :at where n.subjectId = :subjectId and n.kind in :kinds and n.readAt is null")
    int resolve(long subjectId, Collection<NoticeKind> kinds, Instant at);

    @Modifying
    @Query("delete from StaffNotification n where n.createdAt < :before")
    int deleteCreatedBefore(Instant before);

    /** The people of an office who have notifications for the morning digest not yet sent. */
    @Query("""
            select distinct n.recipientId from StaffNotification n
            where n.officeId = :officeId and n.delivery = id.konsultasi.alert.Delivery.DIGEST and n.digestedAt is null""")
    List<Long> awaitingDigest(long officeId);

    @Query("""
            select n from StaffNotification n
            where n.recipientId = :recipientId and n.delivery = id.konsultasi.alert.Delivery.DIGEST and n.digestedAt is null
            order by n.createdAt, n.id""")
    List<StaffNotification> digestOf(long recipientId);

    @Modifying
    @Query("update StaffNotification n set n.digestedAt = :at where n.id in :ids")
    int digested(Collection<Long> ids, Instant at);
}
