package id.konsultasi.feedback;

import id.konsultasi.shared.Labelled;

/**
 * The nine elements (unsur) of the public satisfaction survey, PermenPANRB 14/2017, in the order of
 * its questionnaire. Each is answered 1 to 4; the wording of the question and of the four answers is
 * in the bundles ({@link #questionKey()}, {@link #answerKey(int)}), the short name is the label.
 */
public enum SkmQuestion implements Labelled {
    /** Persyaratan */
    U1,
    /** Sistem, mekanisme dan prosedur */
    U2,
    /** Waktu penyelesaian */
    U3,
    /** Biaya/tarif */
    U4,
    /** Produk spesifikasi jenis pelayanan */
    U5,
    /** Kompetensi pelaksana */
    U6,
    /** Perilaku pelaksana */
    U7,
    /** Sarana dan prasarana */
    U8,
    /** Penanganan pengaduan, saran dan masukan */
    U9;

    public static final int LOWEST = 1;
    public static final int HIGHEST = 4;

    @Override
    public String labelPrefix() {
        return "skmUnsur";
    }

    public String questionKey() {
        return "skm.question." + name();
    }

    /** The official wording of answer 1 to 4 of this element. */
    public String answerKey(int score) {
        if (score < LOWEST || score > HIGHEST) {
            throw new IllegalArgumentException("an answer is 1 to 4");
        }
        return "skm.answer." + name() + "." + score;
    }

    /** The name of the form field and of the database column: u1 ... u9. */
    public String field() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
