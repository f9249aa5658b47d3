package id.konsultasi.desk;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface KeptScans extends JpaRepository<KeptScan, Long> {

    Optional<KeptScan> findByOfficeIdAndFormKey(long officeId, String formKey);

    @Modifying
    @Query("delete from KeptScan s where s.officeId = :officeId and s.formKey = :formKey")
    void deleteByOfficeIdAndFormKey(long officeId, String formKey);

    @Modifying
    @Query("delete from KeptScan s where s.createdAt < :before")
    int deleteOlderThan(Instant before);
}
