package id.konsultasi.request;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentContents extends JpaRepository<DocumentContent, Long> {
}
