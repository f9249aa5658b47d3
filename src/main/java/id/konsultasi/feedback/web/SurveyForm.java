package id.konsultasi.feedback.web;

import java.util.EnumMap;
import java.util.Map;

import id.konsultasi.feedback.Respondent;
import id.konsultasi.feedback.RespondentEducation;
import id.konsultasi.feedback.RespondentOccupation;
import id.konsultasi.feedback.RespondentSex;
import id.konsultasi.feedback.SkmAnswers;
import id.konsultasi.feedback.SkmQuestion;
import id.konsultasi.feedback.SurveyAnswer;
import id.konsultasi.shared.Texts;
import id.konsultasi.shared.web.OnceForm;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The SKM questionnaire: nine answers 1 to 4, a suggestion and the respondent's data, all but the answers optional. */
class SurveyForm extends OnceForm {

    @NotNull(message = "{skm.answer.required}") @Min(1) @Max(4)
    private Integer u1;
    @NotNull(message = "{skm.answer.required}") @Min(1) @Max(4)
    private Integer u2;
    @NotNull(message = "{skm.answer.required}") @Min(1) @Max(4)
    private Integer u3;
    @NotNull(message = "{skm.answer.required}") @Min(1) @Max(4)
    private Integer u4;
    @NotNull(message = "{skm.answer.required}") @Min(1) @Max(4)
    private Integer u5;
    @NotNull(message = "{skm.answer.required}") @Min(1) @Max(4)
    private Integer u6;
    @NotNull(message = "{skm.answer.required}") @Min(1) @Max(4)
    private Integer u7;
    @NotNull(message = "{skm.answer.required}") @Min(1) @Max(4)
    private Integer u8;
    @NotNull(message = "{skm.answer.required}") @Min(1) @Max(4)
    private Integer u9;

    @Size(max = 2000)
    private String comment;
    @Min(Respondent.MIN_AGE)
    @Max(Respondent.MAX_AGE)
    private Integer age;
    private RespondentSex sex;
    private RespondentEducation education;
    private RespondentOccupation occupation;

    SurveyAnswer toAnswer() {
        Map<SkmQuestion, Integer> scores = new EnumMap<>(SkmQuestion.class);
        scores.put(SkmQuestion.U1, u1);
        scores.put(SkmQuestion.U2, u2);
        scores.put(SkmQuestion.U3, u3);
        scores.put(SkmQuestion.U4, u4);
        scores.put(SkmQuestion.U5, u5);
        scores.put(SkmQuestion.U6, u6);
        scores.put(SkmQuestion.U7, u7);
        scores.put(SkmQuestion.U8, u8);
        scores.put(SkmQuestion.U9, u9);
        return new SurveyAnswer(getFormKey(), new SkmAnswers(scores), Texts.orNull(comment),
                new Respondent(age, sex, education, occupation));
    }

    public Integer getU1() { return u1; }
    public void setU1(Integer u1) { this.u1 = u1; }
    public Integer getU2() { return u2; }
    public void setU2(Integer u2) { this.u2 = u2; }
    public Integer getU3() { return u3; }
    public void setU3(Integer u3) { this.u3 = u3; }
    public Integer getU4() { return u4; }
    public void setU4(Integer u4) { this.u4 = u4; }
    public Integer getU5() { return u5; }
    public void setU5(Integer u5) { this.u5 = u5; }
    public Integer getU6() { return u6; }
    public void setU6(Integer u6) { this.u6 = u6; }
    public Integer getU7() { return u7; }
    public void setU7(Integer u7) { this.u7 = u7; }
    public Integer getU8() { return u8; }
    public void setU8(Integer u8) { this.u8 = u8; }
    public Integer getU9() { return u9; }
    public void setU9(Integer u9) { this.u9 = u9; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public Integer getAge() { return age; }
    public void setAge(Integer age) { this.age = age; }
    public RespondentSex getSex() { return sex; }
    public void setSex(RespondentSex sex) { this.sex = sex; }
    public RespondentEducation getEducation() { return education; }
    public void setEducation(RespondentEducation education) { this.education = education; }
    public RespondentOccupation getOccupation() { return occupation; }
    public void setOccupation(RespondentOccupation occupation) { this.occupation = occupation; }
}
