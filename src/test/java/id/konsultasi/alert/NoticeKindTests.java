package id.konsultasi.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import id.konsultasi.shared.security.Role;
import org.junit.jupiter.api.Test;

/** Until a person chooses, the defaults of their roles say how they are mailed, and which kinds they are offered. */
class NoticeKindTests {

    @Test
    void defaultsFollowTheRoles() {
        assertThat(NoticeKind.DECISION_WAITING.defaultFor(Set.of(Role.KADIS))).isEqualTo(Delivery.IMMEDIATE);
        assertThat(NoticeKind.ASSIGNED_LEAD.defaultFor(Set.of(Role.PETUGAS))).isEqualTo(Delivery.IMMEDIATE);
        assertThat(NoticeKind.DEADLINE_TODAY.defaultFor(Set.of(Role.PETUGAS))).isEqualTo(Delivery.DIGEST);
        assertThat(NoticeKind.COMPLAINT_FILED.defaultFor(Set.of(Role.SEKRETARIAT))).isEqualTo(Delivery.IMMEDIATE);
        assertThat(NoticeKind.COMPLAINT_FILED.defaultFor(Set.of(Role.OFFICE_ADMIN))).isEqualTo(Delivery.DIGEST);
        assertThat(NoticeKind.VISITOR_ARRIVED.defaultFor(Set.of(Role.PETUGAS))).isEqualTo(Delivery.NEVER);
    }

    @Test
    void eachIsOfferedToTheRolesItReaches() {
        assertThat(NoticeKind.COMPLAINT_FILED.reaches(Set.of(Role.PETUGAS))).isFalse();
        assertThat(NoticeKind.COMPLAINT_FILED.reaches(Set.of(Role.SEKRETARIAT))).isTrue();
        assertThat(NoticeKind.ASSIGNMENT_WAITING.reaches(Set.of(Role.KABID))).isTrue();
        assertThat(NoticeKind.DECISION_WAITING.reaches(Set.of(Role.PIKET))).as("anyone may act as head for a day")
                .isTrue();
    }
}
