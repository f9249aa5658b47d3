package id.konsultasi.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PendingUploads extends JpaRepository<PendingUpload, Long> {

    Optional<PendingUpload> findByFormKeyAndField(String formKey, String field);

    List<PendingUpload> findByFormKey(String formKey);

    @Modifying
    @Query("delete from PendingUpload p where p.formKey = :formKey")
    void deleteByFormKey(String formKey);

    @Modifying
    @Query("delete from PendingUpload p where p.createdAt < :before")
    int deleteOlderThan(Instant before);
}
