package id.konsultasi.request;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestDocuments extends JpaRepository<RequestDocument, Long> {

    List<RequestDocument> findByRequestIdOrderByUploadedAt(long requestId);

    Optional<RequestDocument> findByIdAndRequestId(long id, long requestId);
}
