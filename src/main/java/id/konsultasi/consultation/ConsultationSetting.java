package id.konsultasi.consultation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An office's own report deadline: so many working days after the consultation ended. */
@Entity
@Table(name = "consultation_setting")
public class ConsultationSetting {

    public static final int DEFAULT_REPORT_WORKING_DAYS = 2;

    @Id
    private Long officeId;

    /** null until first saved */
    @Version
    private Long version;

    private int reportWorkingDays;

    protected ConsultationSetting() {
    }

    ConsultationSetting(long officeId) {
        this.officeId = officeId;
        this.reportWorkingDays = DEFAULT_REPORT_WORKING_DAYS;
    }

    void update(int reportWorkingDays) {
        if (reportWorkingDays < 1 || reportWorkingDays > 30) {
            throw new IllegalArgumentException("report working days between 1 and 30");
        }
        this.reportWorkingDays = reportWorkingDays;
    }

    public Long getOfficeId() {
        return officeId;
    }

    /** -1 for settings never saved (the defaults), so that a form shown before someone else's first save is stale. */
    public long getVersion() {
        return version == null ? -1 : version;
    }

    public int getReportWorkingDays() {
        return reportWorkingDays;
    }
}
