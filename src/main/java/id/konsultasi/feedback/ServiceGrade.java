package id.konsultasi.feedback;

import java.math.BigDecimal;

import id.konsultasi.shared.Labelled;

/**
 * The quality of service (mutu pelayanan) an IKM value stands for, PermenPANRB 14/2017:
 * 88.31-100 A (Sangat Baik), 76.61-88.30 B (Baik), 65.00-76.60 C (Kurang Baik), 25.00-64.99 D (Tidak Baik).
 * The bands are given to two decimals, so a value is graded once rounded to two decimals.
 */
public enum ServiceGrade implements Labelled {
    A("88.31"), B("76.61"), C("65.00"), D("25.00");

    private final BigDecimal lowest;

    ServiceGrade(String lowest) {
        this.lowest = new BigDecimal(lowest);
    }

    /** The lowest IKM (two decimals) of this grade. */
    public BigDecimal lowest() {
        return lowest;
    }

    /** The grade of an IKM already rounded to two decimals (25.00 to 100.00). */
    public static ServiceGrade of(BigDecimal ikm) {
        if (ikm.scale() > 2) {
            throw new IllegalArgumentException("grade an IKM rounded to two decimals, not " + ikm);
        }
        for (ServiceGrade grade : values()) {
            if (ikm.compareTo(grade.lowest) >= 0) {
                return grade;
            }
        }
        throw new IllegalArgumentException("an IKM is at least 25.00, not " + ikm);
    }

    @Override
    public String labelPrefix() {
        return "serviceGrade";
    }
}
