package id.konsultasi.request;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone opened personal data: a document or the NIK. Kept so that any breach can be traced. */
@Entity
@Table(name = "personal_data_access")
public class PersonalDataAccess {

    public static final String DOCUMENT = "DOCUMENT";
    public static final String NIK = "NIK";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long officeId;
    private long requestId;
    private Long documentId;
    private String what;
    private String detail;
    private long staffId;
    private String staffName;
    private Instant at;

    protected PersonalDataAccess() {
    }

    PersonalDataAccess(long officeId, long requestId, Long documentId, String what, String detail, long staffId,
                       String staffName, Instant at) {
        this.officeId = officeId;
        this.requestId = requestId;
        this.documentId = documentId;
        this.what = what;
        this.detail = detail;
        this.staffId = staffId;
        this.staffName = staffName;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public long getRequestId() {
        return requestId;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getWhat() {
        return what;
    }

    public String getDetail() {
        return detail;
    }

    public long getStaffId() {
        return staffId;
    }

    public String getStaffName() {
        return staffName;
    }

    public Instant getAt() {
        return at;
    }
}
