package id.konsultasi.request;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonalDataAccesses extends JpaRepository<PersonalDataAccess, Long> {

    Page<PersonalDataAccess> findByOfficeIdOrderByAtDesc(long officeId, Pageable pageable);

    long countByRequestId(long requestId);
}
