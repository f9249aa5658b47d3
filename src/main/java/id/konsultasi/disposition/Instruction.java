package id.konsultasi.disposition;

import id.konsultasi.shared.Labelled;

/** The instructions a lembar disposisi offers as ticks ("dengan hormat harap"). */
public enum Instruction implements Labelled {
    /** tanggapan dan saran */
    RESPOND_AND_ADVISE,
    /** proses lebih lanjut */
    PROCESS_FURTHER,
    /** koordinasi/konfirmasikan */
    COORDINATE,
    /** siapkan telaahan staf: the officer attaches it before the consultation is scheduled */
    PREPARE_STAFF_ANALYSIS,
    /** hadiri/wakili */
    ATTEND,
    /** untuk diketahui */
    FOR_INFORMATION,
    /** arsipkan */
    FILE;

    @Override
    public String labelPrefix() {
        return "instruction";
    }
}
