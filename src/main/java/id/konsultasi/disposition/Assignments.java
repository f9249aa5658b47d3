package id.konsultasi.disposition;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Assignments extends JpaRepository<Assignment, Long> {

    Optional<Assignment> findByRequestId(long requestId);
}
