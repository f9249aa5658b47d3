package id.konsultasi.feedback;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackSettingsRepository extends JpaRepository<FeedbackSettings, Long> {

    default FeedbackSettings of(long officeId) {
        return findById(officeId).orElseGet(() -> new FeedbackSettings(officeId));
    }
}
