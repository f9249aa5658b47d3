package id.konsultasi.office;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Offices extends JpaRepository<Office, Long> {

    Optional<Office> findByCode(String code);

    Optional<Office> findByCodeAndActiveTrue(String code);

    List<Office> findByActiveTrueOrderByName();

    List<Office> findAllByOrderByName();

    boolean existsByCode(String code);

    default Office require(long id) {
        return findById(id).orElseThrow(() -> new id.konsultasi.shared.NotFoundException("office " + id));
    }
}
