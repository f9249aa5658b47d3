package id.konsultasi.consultation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationSettingRepository extends JpaRepository<ConsultationSetting, Long> {
}
