package id.konsultasi.office;

import java.util.List;
import java.util.Optional;

import id.konsultasi.shared.NotFoundException;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRooms extends JpaRepository<MeetingRoom, Long> {

    List<MeetingRoom> findByOfficeIdOrderByName(long officeId);

    List<MeetingRoom> findByOfficeIdAndActiveTrueOrderByName(long officeId);

    Optional<MeetingRoom> findByIdAndOfficeId(long id, long officeId);

    boolean existsByOfficeIdAndNameIgnoreCase(long officeId, String name);

    default MeetingRoom requireInOffice(long id, long officeId) {
        return findByIdAndOfficeId(id, officeId).orElseThrow(() -> new NotFoundException("room " + id));
    }
}
