package id.konsultasi.reporting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The head's publication of one period of the office's performance: the text of what the office changed in
 * response, published or withdrawn (the text is kept when withdrawn, for publishing again).
 */
@Entity
@Table(name = "performance_publication")
class PerformancePublication {

    static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(updatable = false)
    private Integer quarter;

    @Column(name = "follow_up", nullable = false, length = MAX_TEXT)
    private String followUp;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private Long publishedBy;

    protected PerformancePublication() {
    }

    PerformancePublication(long officeId, PerformancePeriod period) {
        this.officeId = officeId;
        this.year = period.year();
        this.quarter = period.quarter();
    }

    /** Publishes (again) with this text. */
    void publish(String text, long by, Instant at) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a text of 1 to " + MAX_TEXT + " characters");
        }
        this.followUp = text.strip();
        this.publishedBy = by;
        this.publishedAt = at;
    }

    /** Takes the period off the public page; its text stays for the head. */
    void withdraw() {
        this.publishedAt = null;
        this.publishedBy = null;
    }

    PerformancePeriod period() {
        return new PerformancePeriod(year, quarter);
    }

    long officeId() {
        return officeId;
    }

    String followUp() {
        return followUp;
    }

    boolean isPublished() {
        return publishedAt != null;
    }

    Instant publishedAt() {
        return publishedAt;
    }
}
