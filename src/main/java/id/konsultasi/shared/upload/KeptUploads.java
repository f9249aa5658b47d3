package id.konsultasi.shared.upload;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface KeptUploads extends JpaRepository<KeptUpload, Long> {

    @Query("""
            select k from KeptUpload k where k.form = :form and k.officeId is not distinct from :officeId
            and k.formKey = :formKey order by k.id""")
    List<KeptUpload> findByForm(String form, Long officeId, String formKey);

    @Modifying
    @Query("""
            delete from KeptUpload k where k.form = :form and k.officeId is not distinct from :officeId
            and k.formKey = :formKey and k.field = :field""")
    void deleteField(String form, Long officeId, String formKey, String field);

    @Modifying
    @Query("""
            delete from KeptUpload k where k.form = :form and k.officeId is not distinct from :officeId
            and k.formKey = :formKey""")
    void deleteByForm(String form, Long officeId, String formKey);

    @Modifying
    @Query("delete from KeptUpload k where k.createdAt < :before")
    int deleteOlderThan(Instant before);
}
