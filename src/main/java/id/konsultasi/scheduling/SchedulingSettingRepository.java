package id.konsultasi.scheduling;

import org.springframework.data.jpa.repository.JpaRepository;

interface SchedulingSettingRepository extends JpaRepository<SchedulingSetting, Long> {
}
