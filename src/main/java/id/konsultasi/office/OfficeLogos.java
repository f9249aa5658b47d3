package id.konsultasi.office;

import org.springframework.data.jpa.repository.JpaRepository;

interface OfficeLogos extends JpaRepository<OfficeLogo, Long> {
}
