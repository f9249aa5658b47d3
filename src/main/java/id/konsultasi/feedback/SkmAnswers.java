package id.konsultasi.feedback;

import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Embeddable;

/** The scores 1 to 4 given to the nine elements, all of them: a survey answer without one is not counted. */
@Embeddable
public class SkmAnswers {

    private short u1;
    private short u2;
    private short u3;
    private short u4;
    private short u5;
    private short u6;
    private short u7;
    private short u8;
    private short u9;

    protected SkmAnswers() {
    }

    public SkmAnswers(Map<SkmQuestion, Integer> scores) {
        for (SkmQuestion q : SkmQuestion.values()) {
            Integer score = scores.get(q);
            if (score == null || score < SkmQuestion.LOWEST || score > SkmQuestion.HIGHEST) {
                throw new IllegalArgumentException("every element is answered 1 to 4; " + q + " is " + score);
            }
        }
        u1 = scores.get(SkmQuestion.U1).shortValue();
        u2 = scores.get(SkmQuestion.U2).shortValue();
        u3 = scores.get(SkmQuestion.U3).shortValue();
        u4 = scores.get(SkmQuestion.U4).shortValue();
        u5 = scores.get(SkmQuestion.U5).shortValue();
        u6 = scores.get(SkmQuestion.U6).shortValue();
        u7 = scores.get(SkmQuestion.U7).shortValue();
        u8 = scores.get(SkmQuestion.U8).shortValue();
        u9 = scores.get(SkmQuestion.U9).shortValue();
    }

    /** Scores in the order U1 ... U9. */
    public static SkmAnswers of(int... scores) {
        if (scores.length != SkmQuestion.values().length) {
            throw new IllegalArgumentException("nine scores");
        }
        Map<SkmQuestion, Integer> map = new EnumMap<>(SkmQuestion.class);
        for (SkmQuestion q : SkmQuestion.values()) {
            map.put(q, scores[q.ordinal()]);
        }
        return new SkmAnswers(map);
    }

    public int score(SkmQuestion question) {
        return switch (question) {
            case U1 -> u1;
            case U2 -> u2;
            case U3 -> u3;
            case U4 -> u4;
            case U5 -> u5;
            case U6 -> u6;
            case U7 -> u7;
            case U8 -> u8;
            case U9 -> u9;
        };
    }
}
