package id.konsultasi.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.konsultasi.shared.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffUsers extends JpaRepository<StaffUser, Long> {

    @Query("select u from StaffUser u where lower(u.username) = lower(:username)")
    Optional<StaffUser> findByUsername(String username);

    boolean existsByUsernameIgnoreCase(String username);

    Optional<StaffUser> findByIdAndOfficeId(long id, long officeId);

    @Query(value = """
            select u from StaffUser u
            where (:officeId is null or u.officeId = :officeId)
              and (:query = '' or lower(u.fullName) like lower(concat('%', :query, '%'))
                   or lower(u.username) like lower(concat('%', :query, '%')))
            order by u.officeId nulls first, u.fullName""",
            countQuery = """
            select count(u) from StaffUser u
            where (:officeId is null or u.officeId = :officeId)
              and (:query = '' or lower(u.fullName) like lower(concat('%', :query, '%'))
                   or lower(u.username) like lower(concat('%', :query, '%')))""")
    Page<StaffUser> search(Long officeId, String query, Pageable pageable);

    @Query("select count(u) from StaffUser u join u.roles r where r = :role")
    long countWithRole(Role role);

    /** Active staff of an office holding a role, by name: the people a head can route to. */
    @Query("select u from StaffUser u join u.roles r where u.officeId = :officeId and r = :role and u.active = true order by u.fullName")
    List<StaffUser> activeWithRole(long officeId, Role role);

    /**
     * The active staff of an office holding a role, as their signatures name them (name, NIP, rank) with their
     * division, by name, in one statement (the roles are not read).
     */
    @Query("""
            select u.fullName as fullName, u.nip as nip, u.rank as rank, u.divisionId as divisionId
            from StaffUser u join u.roles r where u.officeId = :officeId and r = :role and u.active = true
            order by u.fullName""")
    List<Holder> activeHolders(long officeId, Role role);

    /** How many active staff of an office hold each role, in one statement (a role nobody holds is not listed). */
    @Query("select r as role, count(u) as count from StaffUser u join u.roles r where u.officeId = :officeId and u.active = true group by r")
    List<RoleCount> activeCountsByRole(long officeId);

    /** The division of each of the given staff who belongs to one, in one statement (the roles are not read). */
    @Query("select u.id as id, u.divisionId as divisionId from StaffUser u where u.id in :ids and u.divisionId is not null")
    List<DivisionOf> divisionsOf(Collection<Long> ids);

    /** A member of staff holding a role: what a signature shows, and the division. */
    interface Holder {
        String getFullName();

        String getNip();

        String getRank();

        Long getDivisionId();
    }

    /** How many active staff of an office hold a role. */
    interface RoleCount {
        Role getRole();

        long getCount();
    }

    /** A member of staff's division. */
    interface DivisionOf {
        long getId();

        Long getDivisionId();
    }
}
