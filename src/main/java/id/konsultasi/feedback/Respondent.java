package id.konsultasi.feedback;

/** What the respondent tells about themselves; every part optional (null). */
public record Respondent(Integer age, RespondentSex sex, RespondentEducation education,
                         RespondentOccupation occupation) {

    public static final int MIN_AGE = 10;
    public static final int MAX_AGE = 120;

    public Respondent {
        if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
            throw new IllegalArgumentException("age out of range");
        }
    }

    public static Respondent unknown() {
        return new Respondent(null, null, null, null);
    }
}
