package id.konsultasi.alert;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import id.konsultasi.account.StaffUsers;
import id.konsultasi.shared.security.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each person wants to be mailed about each kind of notification: their own choice once they saved one, else the
 * default of their roles ({@link NoticeKind#defaultFor}), kept in memory. A read never writes.
 */
@Service
public class NoticePreferences {

    private final JdbcTemplate jdbc;
    private final StaffUsers users;

    NoticePreferences(JdbcTemplate jdbc, StaffUsers users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Whether the person has an e-mail address: without one, notifications are in the bell only. */
    @Transactional(readOnly = true)
    public boolean hasAddress(long staffId) {
        return users.findById(staffId).map(u -> u.getEmail() != null && !u.getEmail().isBlank()).orElse(false);
    }

    /** Per kind that may be mailed and may reach this person, how they are mailed. */
    @Transactional(readOnly = true)
    public Map<NoticeKind, Delivery> of(long staffId, Set<Role> roles) {
        Map<NoticeKind, Delivery> choices = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            if (kind.isMailable() && kind.reaches(roles)) {
                choices.put(kind, kind.defaultFor(roles));
            }
        }
        jdbc.query("select kind, delivery from notice_preference where staff_user_id = ?", row -> {
            NoticeKind kind = NoticeKind.valueOf(row.getString("kind"));
            if (choices.containsKey(kind)) {
                choices.put(kind, Delivery.valueOf(row.getString("delivery")));
            }
        }, staffId);
        return choices;
    }

    /** How this person is mailed about one kind. */
    Delivery of(long staffId, Set<Role> roles, NoticeKind kind) {
        if (!kind.isMailable()) {
            return Delivery.NEVER;
        }
        return jdbc.query("select delivery from notice_preference where staff_user_id = ? and kind = ?",
                        (row, n) -> Delivery.valueOf(row.getString(1)), staffId, kind.name())
                .stream().findFirst().orElseGet(() -> kind.defaultFor(roles));
    }

    /** The person's choices, saved (the kinds not given keep theirs). */
    @Transactional
    public void save(long staffId, Map<NoticeKind, Delivery> choices) {
        choices.forEach((kind, delivery) -> {
            if (kind.isMailable() && delivery != null) {
                jdbc.update("""
                        insert into notice_preference (staff_user_id, kind, delivery) values (?, ?, ?)
                        on conflict (staff_user_id, kind) do update set delivery = excluded.delivery""",
                        staffId, kind.name(), delivery.name());
            }
        });
    }
}
