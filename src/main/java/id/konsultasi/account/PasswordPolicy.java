package id.konsultasi.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import id.konsultasi.shared.InputRejected;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be, as NIST SP 800-63B asks: at least {@value #MIN_LENGTH} characters and no rules on
 * what kinds of characters; not one of the common or breached passwords of {@value #DENY_LIST} (nor one of them with
 * digits appended), not the account's username or the person's name (nor these with digits appended), not one
 * character or a short group repeated, not a run such as {@code 123456789012} or {@code abcdefghijkl}. BCrypt reads
 * at most {@value #MAX_BYTES} bytes: a longer password is refused with a message rather than cut short.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    static final String DENY_LIST = "account/common-passwords.txt";
    static final String FIELD = "password";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Refuses the password ({@link InputRejected} on {@code field}) if it breaks a rule. */
    void check(String password, String username, String fullName, String field) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InputRejected(field, "user.password.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InputRejected(field, "user.password.tooLong");
        }
        String text = Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (repeated(text)) {
            throw new InputRejected(field, "user.password.repeated");
        }
        if (text.isBlank()) {
            throw new InputRejected(field, "user.password.blank");
        }
        if (sequence(text)) {
            throw new InputRejected(field, "user.password.sequence");
        }
        String stem = stem(text);
        if (ownName(compact(text), compact(stem), username, fullName)) {
            throw new InputRejected(field, "user.password.name");
        }
        if (common.contains(text) || common.contains(text.strip()) || stem.length() >= 4 && common.contains(stem)) {
            throw new InputRejected(field, "user.password.common");
        }
    }

    /** One character, or a group of up to four, over and over ({@code aaaa...}, {@code abcabc...}, {@code 1212...}). */
    static boolean repeated(String text) {
        int[] c = text.codePoints().toArray();
        for (int unit = 1; unit <= 4 && unit < c.length; unit++) {
            boolean same = true;
            for (int i = unit; i < c.length && same; i++) {
                same = c[i] == c[i - unit];
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /** Digits or letters each one up or one down from the one before ({@code 1234567890...}, {@code zyxw...}). */
    static boolean sequence(String text) {
        int[] c = text.codePoints().toArray();
        boolean digits = text.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        boolean letters = text.chars().allMatch(ch -> ch >= 'a' && ch <= 'z');
        if (!digits && !letters) {
            return false;
        }
        for (int step : new int[] {1, -1}) {
            boolean run = true;
            for (int i = 1; i < c.length && run; i++) {
                int difference = c[i] - c[i - 1];
                // digits go round: 8, 9, 0, 1
                run = digits ? Math.floorMod(difference - step, 10) == 0 : difference == step;
            }
            if (run) {
                return true;
            }
        }
        return false;
    }

    /** The password without the digits and separators added at its end ({@code password1234} is {@code password}). */
    static String stem(String text) {
        int end = text.length();
        while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    /** Only letters and digits: {@code Pratama Wijaya} and {@code pratama.wijaya} are both {@code pratamawijaya}. */
    static String compact(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The username, the full name or one of their parts, as typed or with digits appended. */
    static boolean ownName(String password, String stem, String username, String fullName) {
        Set<String> names = new HashSet<>();
        for (String name : new String[] {username, fullName}) {
            if (name == null || name.isBlank()) {
                continue;
            }
            names.add(compact(name));
            names.add(compact(stem(name.toLowerCase(Locale.ROOT))));
            for (String part : name.split("[\\s._@-]+")) {
                if (compact(part).length() >= 3) {
                    names.add(compact(part));
                }
            }
        }
        names.remove("");
        return names.contains(password) || names.contains(stem);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(64_000);
        try (InputStream in = new ClassPathResource(DENY_LIST).getInputStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DENY_LIST, e);
        }
        return Set.copyOf(words);
    }
}
