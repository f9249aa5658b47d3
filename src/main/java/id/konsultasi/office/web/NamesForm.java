package id.konsultasi.office.web;

import id.konsultasi.office.Office;
import id.konsultasi.office.StaffNames;
import jakarta.validation.constraints.Size;

/** The names an office's standard gives its units and roles, and whether complaints go through the agenda book. */
class NamesForm {

    private Long version;
    @Size(max = 100)
    private String secretariat;
    @Size(max = 100)
    private String dutyDesk;
    @Size(max = 100)
    private String head;
    @Size(max = 100)
    private String divisionHead;
    private boolean complaintsInAgendaBook;

    static NamesForm of(Office office) {
        NamesForm f = new NamesForm();
        StaffNames names = office.getNames();
        f.version = office.getVersion();
        f.secretariat = names.getSecretariat();
        f.dutyDesk = names.getDutyDesk();
        f.head = names.getHead();
        f.divisionHead = names.getDivisionHead();
        f.complaintsInAgendaBook = office.isComplaintsInAgendaBook();
        return f;
    }

    StaffNames toNames() {
        return new StaffNames(secretariat, dutyDesk, head, divisionHead);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getSecretariat() {
        return secretariat;
    }

    public void setSecretariat(String secretariat) {
        this.secretariat = secretariat;
    }

    public String getDutyDesk() {
        return dutyDesk;
    }

    public void setDutyDesk(String dutyDesk) {
        this.dutyDesk = dutyDesk;
    }

    public String getHead() {
        return head;
    }

    public void setHead(String head) {
        this.head = head;
    }

    public String getDivisionHead() {
        return divisionHead;
    }

    public void setDivisionHead(String divisionHead) {
        this.divisionHead = divisionHead;
    }

    public boolean isComplaintsInAgendaBook() {
        return complaintsInAgendaBook;
    }

    public void setComplaintsInAgendaBook(boolean complaintsInAgendaBook) {
        this.complaintsInAgendaBook = complaintsInAgendaBook;
    }
}
