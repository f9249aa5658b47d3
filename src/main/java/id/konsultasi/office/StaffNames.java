package id.konsultasi.office;

import java.util.Map;

import id.konsultasi.shared.Texts;
import id.konsultasi.shared.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The names an office's standard gives its units and roles: Bangka Belitung's letters are registered "oleh Tim PKD"
 * and its walk-ins report "ke Sekretariat Dinas"; Buton says "Sekretariat" and "petugas piket". A name left blank
 * is the bundle's word for the role, in the page's language; a name given is shown as typed in every language.
 */
@Embeddable
public class StaffNames {

    /** No name of its own: the bundle's words everywhere. */
    public static final StaffNames NONE = new StaffNames(null, null, null, null);

    /** the unit that registers incoming letters in the agenda book (role SEKRETARIAT) */
    @Column(name = "secretariat_name")
    private String secretariat;
    /** the desk where walk-ins report (role PIKET) */
    @Column(name = "duty_desk_name")
    private String dutyDesk;
    /** the head of office's title (role KADIS) */
    @Column(name = "head_title")
    private String head;
    /** a division head's title (role KABID) */
    @Column(name = "division_head_title")
    private String divisionHead;

    protected StaffNames() {
    }

    public StaffNames(String secretariat, String dutyDesk, String head, String divisionHead) {
        this.secretariat = Texts.orNull(secretariat);
        this.dutyDesk = Texts.orNull(dutyDesk);
        this.head = Texts.orNull(head);
        this.divisionHead = Texts.orNull(divisionHead);
    }

    /** The office's own name for the role, or null where the bundle's word stands. */
    public String of(Role role) {
        return switch (role) {
            case SEKRETARIAT -> secretariat;
            case PIKET -> dutyDesk;
            case KADIS -> head;
            case KABID -> divisionHead;
            default -> null;
        };
    }

    /** The same for a template, which names the role as text ({@code names.of('PIKET')}). */
    public String of(String role) {
        return of(Role.valueOf(role));
    }

    /**
     * The office's own name for what a label of the staff area stands for (a role's label, the title of the desk's or
     * the agenda book's card), or null where the label's bundle word stands.
     */
    public String label(String messageKey) {
        Role role = LABELS.get(messageKey);
        return role == null ? null : of(role);
    }

    /** Whether a label of the staff area stands for a unit or role an office may name ({@link #label}). */
    static boolean namesARole(String messageKey) {
        return LABELS.containsKey(messageKey);
    }

    private static final Map<String, Role> LABELS = Map.of(
            "role.SEKRETARIAT", Role.SEKRETARIAT, "role.PIKET", Role.PIKET, "role.KADIS", Role.KADIS,
            "role.KABID", Role.KABID, "staffHome.card.desk.title", Role.PIKET,
            "staffHome.card.agenda.title", Role.SEKRETARIAT);

    public String getSecretariat() {
        return Texts.orNull(secretariat);
    }

    public String getDutyDesk() {
        return Texts.orNull(dutyDesk);
    }

    public String getHead() {
        return Texts.orNull(head);
    }

    public String getDivisionHead() {
        return Texts.orNull(divisionHead);
    }
}
