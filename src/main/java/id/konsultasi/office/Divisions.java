package id.konsultasi.office;

import java.util.List;
import java.util.Optional;

import id.konsultasi.shared.NotFoundException;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Divisions extends JpaRepository<Division, Long> {

    List<Division> findByOfficeIdOrderByName(long officeId);

    List<Division> findByOfficeIdAndActiveTrueOrderByName(long officeId);

    Optional<Division> findByIdAndOfficeId(long id, long officeId);

    boolean existsByOfficeIdAndNameIgnoreCase(long officeId, String name);

    /** The division if it belongs to the office; a 404 otherwise, so nobody learns of other offices' divisions. */
    default Division requireInOffice(long id, long officeId) {
        return findByIdAndOfficeId(id, officeId).orElseThrow(() -> new NotFoundException("division " + id));
    }
}
