package id.konsultasi.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.TrustedProxies;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account name (whether or not the account exists, so that the answers tell
 * nothing) and per client address. After a few consecutive failures the next attempt waits, twice as long after each
 * further failure; after more, the account or address is locked for a while. While it waits, even the right password
 * is refused. A success clears the account's count; failures older than {@code forget-after} no longer count. The
 * state lives in PostgreSQL (table {@code login_throttle}), so every instance sees the same; every failure is also
 * recorded ({@code login_failure}) for the administrators, who see their office's accounts and lift a lock.
 */
@Component
@EnableConfigurationProperties(LoginThrottle.LoginProperties.class)
public class LoginThrottle {

    private static final int MAX_SUBJECT = 255;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LoginProperties properties;
    private final TrustedProxies proxies;

    LoginThrottle(JdbcTemplate jdbc, Clock clock, LoginProperties properties, TrustedProxies proxies) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.proxies = proxies;
    }

    /** Why an attempt is refused before its password is even looked at: how long to wait, and whether locked. */
    public record Wait(Duration remaining, boolean locked) {
    }

    enum Kind {
        ACCOUNT, ADDRESS
    }

    /** The wait in force for this account name or this address, if any. */
    Optional<Wait> waiting(String username, String address) {
        Instant now = clock.instant();
        List<Wait> waits = jdbc.query("""
                        select kind, failures, blocked_until from login_throttle
                        where throttle_key in (?, ?) and blocked_until > ?""",
                (rs, i) -> new Wait(Duration.between(now, rs.getTimestamp("blocked_until").toInstant()),
                        rs.getInt("failures") >= lockAfter(Kind.valueOf(rs.getString("kind")))),
                key(Kind.ACCOUNT, account(username)), addressKey(address), Timestamp.from(now));
        return waits.stream().reduce((a, b) -> a.remaining().compareTo(b.remaining()) >= 0 ? a : b);
    }

    /** Counts a failed attempt; the wait it brings about, if it locks (a shorter wait is told at the next attempt). */
    Optional<Wait> failed(String username, String address) {
        Instant now = clock.instant();
        jdbc.update("insert into login_failure (username, address, failed_at) values (?, ?, ?)",
                account(username), address == null ? "" : address, Timestamp.from(now));
        Optional<Wait> account = count(Kind.ACCOUNT, account(username), now);
        Optional<Wait> client = proxies.isTrusted(address) || address == null ? Optional.empty()
                : count(Kind.ADDRESS, address, now);
        return account.isPresent() ? account : client;
    }

    /** A successful sign-in: the account's failures are forgiven (the address's are not). */
    void succeeded(String username) {
        jdbc.update("delete from login_throttle where throttle_key = ?", key(Kind.ACCOUNT, account(username)));
    }

    private Optional<Wait> count(Kind kind, String subject, Instant now) {
        Integer failures = jdbc.queryForObject("""
                        insert into login_throttle (throttle_key, kind, subject, failures, last_failure_at)
                        values (?, ?, ?, 1, ?)
                        on conflict (throttle_key) do update set
                            failures = case when login_throttle.last_failure_at < ? then 1
                                            else login_throttle.failures + 1 end,
                            last_failure_at = excluded.last_failure_at
                        returning failures""", Integer.class, key(kind, subject), kind.name(), subject,
                Timestamp.from(now), Timestamp.from(now.minus(properties.forgetAfter())));
        Duration wait = waitAfter(kind, failures == null ? 0 : failures);
        if (wait.isZero()) {
            return Optional.empty();
        }
        jdbc.update("update login_throttle set blocked_until = ? where throttle_key = ?",
                Timestamp.from(now.plus(wait)), key(kind, subject));
        boolean locked = failures >= lockAfter(kind);
        return locked ? Optional.of(new Wait(wait, true)) : Optional.empty();
    }

    /** No wait for the first failures, then the first delay doubled after each failure, then the lock. */
    Duration waitAfter(Kind kind, int failures) {
        int free = kind == Kind.ACCOUNT ? properties.accountFreeFailures() : properties.addressFreeFailures();
        if (failures >= lockAfter(kind)) {
            return properties.lockDuration();
        }
        if (failures < free) {
            return Duration.ZERO;
        }
        Duration delay = properties.firstDelay().multipliedBy(1L << Math.min(failures - free, 20));
        return delay.compareTo(properties.lockDuration()) > 0 ? properties.lockDuration() : delay;
    }

    private int lockAfter(Kind kind) {
        return kind == Kind.ACCOUNT ? properties.accountLockAfter() : properties.addressLockAfter();
    }

    // --- the administrators' record

    /** An account or address that waits now. */
    public record Block(String kind, String subject, String fullName, int failures, Instant lastFailureAt,
                        Instant blockedUntil, boolean locked) {
    }

    /** A failed sign-in. */
    public record Failure(String username, String fullName, String address, Instant failedAt) {
    }

    /**
     * What waits now: the office's accounts for an office administrator; for the system administrator every account,
     * unknown names and client addresses too.
     */
    public List<Block> blocks(StaffPrincipal actor) {
        Instant now = clock.instant();
        Long office = actor.isSystemAdmin() ? null : actor.requireOffice();
        return jdbc.query("""
                        select t.kind, t.subject, u.full_name, t.failures, t.last_failure_at, t.blocked_until
                        from login_throttle t left join staff_user u on t.kind = 'ACCOUNT' and lower(u.username) = t.subject
                        where t.blocked_until > ? and (cast(? as bigint) is null or u.office_id = ?)
                        order by t.blocked_until desc limit 200""",
                (rs, i) -> new Block(rs.getString("kind"), rs.getString("subject"), rs.getString("full_name"),
                        rs.getInt("failures"), rs.getTimestamp("last_failure_at").toInstant(),
                        rs.getTimestamp("blocked_until").toInstant(),
                        rs.getInt("failures") >= lockAfter(Kind.valueOf(rs.getString("kind")))),
                Timestamp.from(now), office, office);
    }

    /** The latest failed sign-ins of the last days, as {@link #blocks} chooses whose. */
    public List<Failure> failures(StaffPrincipal actor) {
        Long office = actor.isSystemAdmin() ? null : actor.requireOffice();
        return jdbc.query("""
                        select f.username, u.full_name, f.address, f.failed_at
                        from login_failure f left join staff_user u on lower(u.username) = f.username
                        where f.failed_at > ? and (cast(? as bigint) is null or u.office_id = ?)
                        order by f.failed_at desc limit 200""",
                (rs, i) -> new Failure(rs.getString("username"), rs.getString("full_name"), rs.getString("address"),
                        rs.getTimestamp("failed_at").toInstant()),
                Timestamp.from(clock.instant().minus(properties.keepRecord())), office, office);
    }

    /** Lifts the wait of an account of the actor's office (any account, name or address for the system administrator). */
    public void lift(StaffPrincipal actor, String kind, String subject) {
        Kind which = "ADDRESS".equals(kind) ? Kind.ADDRESS : Kind.ACCOUNT;
        if (!actor.isSystemAdmin()) {
            Long office = which == Kind.ACCOUNT ? jdbc.query("select office_id from staff_user where lower(username) = ?",
                    rs -> rs.next() ? (Long) rs.getObject("office_id", Long.class) : null, account(subject)) : null;
            if (office == null || office != actor.requireOffice()) {
                throw new NotFoundException("no account " + subject + " in the office");
            }
        }
        String subjectKey = which == Kind.ACCOUNT ? account(subject) : subject;
        if (jdbc.update("delete from login_throttle where throttle_key = ?", key(which, subjectKey)) == 0) {
            throw new NotFoundException("no wait for " + subject);
        }
    }

    /** Forgets failures past the record's time and waits long over (one instance at a time). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "login-throttle-cleanup", lockAtMostFor = "PT10M")
    public void forget() {
        Instant now = clock.instant();
        jdbc.update("delete from login_failure where failed_at < ?", Timestamp.from(now.minus(properties.keepRecord())));
        jdbc.update("""
                delete from login_throttle where last_failure_at < ? and (blocked_until is null or blocked_until < ?)""",
                Timestamp.from(now.minus(properties.forgetAfter())), Timestamp.from(now));
    }

    private static String account(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > MAX_SUBJECT ? name.substring(0, MAX_SUBJECT) : name;
    }

    private static String key(Kind kind, String subject) {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + subject;
    }

    private static String addressKey(String address) {
        return key(Kind.ADDRESS, address == null ? "" : address);
    }

    /**
     * {@code konsultasi.login.*}: after how many consecutive failures an account name or a client address waits
     * ({@code first-delay}, doubled after each further failure) and is locked ({@code lock-duration}); failures older
     * than {@code forget-after} no longer count; the record keeps failures for {@code keep-record}.
     */
    @ConfigurationProperties("konsultasi.login")
    public record LoginProperties(int accountFreeFailures, int accountLockAfter, int addressFreeFailures,
                                  int addressLockAfter, Duration firstDelay, Duration lockDuration, Duration forgetAfter,
                                  Duration keepRecord) {

        public LoginProperties {
            accountFreeFailures = accountFreeFailures <= 0 ? 3 : accountFreeFailures;
            accountLockAfter = accountLockAfter <= 0 ? 10 : accountLockAfter;
            addressFreeFailures = addressFreeFailures <= 0 ? 10 : addressFreeFailures;
            addressLockAfter = addressLockAfter <= 0 ? 20 : addressLockAfter;
            firstDelay = firstDelay == null ? Duration.ofSeconds(15) : firstDelay;
            lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
            forgetAfter = forgetAfter == null ? Duration.ofHours(24) : forgetAfter;
            keepRecord = keepRecord == null ? Duration.ofDays(30) : keepRecord;
        }
    }
}
