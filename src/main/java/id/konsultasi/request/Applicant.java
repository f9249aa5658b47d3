package id.konsultasi.request;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Who asks for the consultation. The NIK is kept encrypted; only its last four digits are kept in
 * clear, to recognise it on a page.
 */
@Embeddable
public class Applicant {

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type")
    private ApplicantType type;
    @Column(name = "applicant_name")
    private String name;
    @Column(name = "institution_name")
    private String institution;
    @Column(name = "institution_position")
    private String position;
    @Column(name = "nik_encrypted")
    private byte[] nikEncrypted;
    @Column(name = "nik_last4")
    private String nikLast4;
    private String phone;
    private String email;
    private String address;
    /** the language the applicant wrote in ({@code id} or {@code en}): their mails and cover notes follow it */
    @Column(name = "applicant_language")
    private String language = "id";

    protected Applicant() {
    }

    public Applicant(ApplicantType type, String name, String institution, String position, byte[] nikEncrypted,
                     String nikLast4, String phone, String email, String address) {
        this(type, name, institution, position, nikEncrypted, nikLast4, phone, email, address, "id");
    }

    public Applicant(ApplicantType type, String name, String institution, String position, byte[] nikEncrypted,
                     String nikLast4, String phone, String email, String address, String language) {
        this.language = "en".equals(language) ? "en" : "id";
        this.type = type;
        this.name = name;
        this.institution = institution;
        this.position = position;
        this.nikEncrypted = nikEncrypted;
        this.nikLast4 = nikLast4;
        this.phone = phone;
        this.email = email;
        this.address = address;
    }

    void forgetNik() {
        this.nikEncrypted = null;
    }

    /** The applicant's language: English for those who wrote in English, else Indonesian. */
    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public ApplicantType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getInstitution() {
        return institution;
    }

    public String getPosition() {
        return position;
    }

    byte[] nikEncrypted() {
        return nikEncrypted;
    }

    public boolean hasNik() {
        return nikEncrypted != null;
    }

    public String getNikLast4() {
        return nikLast4;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    /** Whether mail reaches the applicant; walk-ins and letters handed in at the counter often have no address. */
    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public String getAddress() {
        return address;
    }

    /** The name to address: the institution when there is one. */
    public String getDisplayName() {
        return institution == null ? name : name + " (" + institution + ")";
    }
}
