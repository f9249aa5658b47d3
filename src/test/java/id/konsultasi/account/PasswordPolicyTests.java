package id.konsultasi.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.konsultasi.shared.InputRejected;
import org.junit.jupiter.api.Test;

/** The password rules one by one (the form's messages are checked in {@link PasswordTests}). */
class PasswordPolicyTests {

    static final PasswordPolicy POLICY = new PasswordPolicy();

    static void refused(String password, String key) {
        assertThatThrownBy(() -> POLICY.check(password, "budi.santoso", "Budi Santoso", "password"))
                .as(password).isInstanceOf(InputRejected.class).extracting("messageKey").isEqualTo(key);
    }

    static void taken(String password) {
        assertThatCode(() -> POLICY.check(password, "budi.santoso", "Budi Santoso", "password")).as(password)
                .doesNotThrowAnyException();
    }

    @Test
    void runsRepetitionsNamesAndCommonPasswordsAreRefused() {
        refused("098765432109", "user.password.sequence");
        refused("zyxwvutsrqponm", "user.password.sequence");
        refused("abababababab", "user.password.repeated");
        refused("\t \t \t \t \t \t ", "user.password.repeated");
        refused(" \t\t  \t \t\t\t  \t", "user.password.blank");
        refused("budi.santoso2026", "user.password.name");
        refused("Budi_Santoso!!", "user.password.name");
        refused("santoso123456", "user.password.name");
        refused("1qaz2wsx3edc", "user.password.common");
        refused("Bismillah2026", "user.password.common");
        refused("QWERTYUIOPASDF", "user.password.common");
        refused("kurang11chr", "user.password.tooShort");
    }

    @Test
    void lengthIsCountedInCharactersAndTheLimitInBytes() {
        refused("ééééééééééé", "user.password.tooShort");
        taken("élève à l'école");
        taken("\uD83D\uDE00".repeat(3) + " kucing oren di atap");
        refused("\uD83D\uDE00".repeat(19), "user.password.tooLong");
    }

    @Test
    void passphrasesAndOtherLongPasswordsAreTaken() {
        taken("kopi tubruk di pagi hari");
        taken("Budi suka ikan bakar");
        taken("123456789013");
        taken("sandi-uji-panjang");
        taken("konsultasi-demo");
    }
}
