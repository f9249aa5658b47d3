package id.konsultasi.feedback;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyInvitations extends JpaRepository<SurveyInvitation, Long> {
}
