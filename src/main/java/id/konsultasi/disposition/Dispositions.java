package id.konsultasi.disposition;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Dispositions extends JpaRepository<Disposition, Long> {

    Optional<Disposition> findByRequestId(long requestId);
}
