package id.konsultasi.request;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestDocuments extends JpaRepository<RequestDocument, Long> {

    List<RequestDocument> findByRequestIdOrderByUploadedAt(long requestId);

    Optional<RequestDocument> findByIdAndRequestId(long id, long requestId);

    Optional<RequestDocument> findFirstByRequestIdAndKindAndSha256(long requestId, DocumentKind kind, String sha256);

    /** Whether a document of this kind is attached (and not yet deleted after the retention period). */
    boolean existsByRequestIdAndKindAndPurgedAtIsNull(long requestId, DocumentKind kind);
}
