package id.konsultasi.account;

import java.time.LocalDate;

/**
 * Someone acts today as head of office (Plh/Plt) for the named head, until {@code endsOn}.
 *
 * @param delegationId the delegation that gives the authority
 * @param kind         Plh or Plt
 * @param headId       the head on whose behalf they act
 * @param headName     the head's name
 * @param headPosition the head's post, e.g. "Kepala Dinas Sosial"
 */
public record ActingAuthority(long delegationId, DelegationKind kind, long headId, String headName,
                              String headPosition, LocalDate startsOn, LocalDate endsOn) {
}
