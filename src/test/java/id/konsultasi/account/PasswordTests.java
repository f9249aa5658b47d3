package id.konsultasi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import id.konsultasi.support.HttpVisitor;
import id.konsultasi.support.HttpVisitor.Page;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff passwords as NIST SP 800-63B asks: at least 12 characters and no composition rules, but none of the common
 * or breached passwords, not the user's own names, no repetitions or sequences; too long for BCrypt is said beside
 * the field. Staff change their own password, and a password an administrator set is changed at the first sign-in.
 */
@IntegrationTest
class PasswordTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    StaffUsers staffUsers;

    /** The administrator of Buton adds Pratama Wijaya with this first password: the password field's message. */
    String refusal(String username, String password) throws Exception {
        String body = mvc.perform(post("/admin/pengguna/baru").with(csrf()).with(Staff.as(users, "admin.buton"))
                        .param("username", username).param("password", password)
                        .param("fullName", "Pratama Wijaya").param("roles", "PETUGAS"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(body);
        assertThat(form.select("#fullName").val()).isEqualTo("Pratama Wijaya");
        assertThat(staffUsers.findByUsername(username)).isEmpty();
        return form.select("#password ~ .invalid-feedback").text();
    }

    static String username() {
        return "pratama." + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void weakPasswordsAreRefusedBesideTheField() throws Exception {
        String username = username();
        assertThat(refusal(username, "1234567890")).contains("12 karakter");
        assertThat(refusal(username, "password12")).contains("12 karakter");
        assertThat(refusal(username, " ".repeat(12))).isNotEmpty();
        assertThat(refusal(username, "aaaaaaaaaaaa")).contains("berulang");
        assertThat(refusal(username, "123456789012")).contains("berurutan");
        assertThat(refusal(username, "abcdefghijklm")).contains("berurutan");
        assertThat(refusal(username, "qwertyuiopasdfgh")).contains("umum");
        assertThat(refusal(username, "password1234")).contains("umum");
        assertThat(refusal(username, "iloveyou12345")).contains("umum");
        assertThat(refusal(username, username + "00")).contains("nama");
        assertThat(refusal(username, "PratamaWijaya2026")).contains("nama");
        assertThat(refusal(username, "pratama wijaya")).contains("nama");
    }

    @Test
    void aPasswordOverBcryptsLimitIsExplainedNotAnError() throws Exception {
        assertThat(refusal(username(), "kata sandi yang sangat panjang ".repeat(3))).contains("72");
        assertThat(refusal(username(), "é".repeat(40))).contains("72");
    }

    @Test
    void aPassphraseIsTakenAndItsOwnerChoosesANewOneAtTheFirstSignIn() throws Exception {
        String username = username();
        mvc.perform(post("/admin/pengguna/baru").with(csrf()).with(Staff.as(users, "admin.buton"))
                        .param("username", username).param("password", "kopi tubruk di pagi hari")
                        .param("fullName", "Pratama Wijaya").param("roles", "PETUGAS"))
                .andExpect(status().is3xxRedirection());

        HttpVisitor pratama = HttpVisitor.anonymous(port);
        Page login = pratama.get("/masuk").form("form[action$=/masuk]").set("username", username)
                .set("password", "kopi tubruk di pagi hari").submit();
        assertThat(login.location()).endsWith("/staf/kata-sandi");
        // nothing else opens before the password is changed
        for (String path : new String[] {"/staf", "/staf/permohonan", "/staf/konsultasi-saya"}) {
            Page page = pratama.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).as(path).endsWith("/staf/kata-sandi");
        }
        Page form = pratama.get("/staf/kata-sandi");
        assertThat(form.status()).isEqualTo(200);

        // the current password wrong, the two new ones different, the new one weak, the same as before
        Document wrong = form.form("#password-form").set("currentPassword", "bukan sandi saya sekarang")
                .set("newPassword", "teh manis di sore hari").set("repeatPassword", "teh manis di sore hari")
                .submit().document();
        assertThat(wrong.select("#currentPassword ~ .invalid-feedback").text()).isNotEmpty();
        Document different = form.form("#password-form").set("currentPassword", "kopi tubruk di pagi hari")
                .set("newPassword", "teh manis di sore hari").set("repeatPassword", "teh manis di malam hari")
                .submit().document();
        assertThat(different.select("#repeatPassword ~ .invalid-feedback").text()).isNotEmpty();
        Document weak = form.form("#password-form").set("currentPassword", "kopi tubruk di pagi hari")
                .set("newPassword", "123456789012").set("repeatPassword", "123456789012").submit().document();
        assertThat(weak.select("#newPassword ~ .invalid-feedback").text()).contains("berurutan");
        Document same = form.form("#password-form").set("currentPassword", "kopi tubruk di pagi hari")
                .set("newPassword", "kopi tubruk di pagi hari").set("repeatPassword", "kopi tubruk di pagi hari")
                .submit().document();
        assertThat(same.select("#newPassword ~ .invalid-feedback").text()).isNotEmpty();

        Page changed = form.form("#password-form").set("currentPassword", "kopi tubruk di pagi hari")
                .set("newPassword", "teh manis di sore hari").set("repeatPassword", "teh manis di sore hari").submit();
        assertThat(changed.status()).isEqualTo(302);
        assertThat(pratama.get("/staf").status()).isEqualTo(200);

        // the next sign-in goes straight in with the new password; the old one no longer works
        HttpVisitor.signedIn(port, username, "teh manis di sore hari");
        Page old = HttpVisitor.anonymous(port).get("/masuk").form("form[action$=/masuk]").set("username", username)
                .set("password", "kopi tubruk di pagi hari").submit();
        assertThat(old.location()).contains("gagal");
    }

    @Test
    void aPasswordTheAdministratorResetsIsChangedAtTheNextSignInAndStaffChangeTheirOwnAnyTime() throws Exception {
        String username = username();
        mvc.perform(post("/admin/pengguna/baru").with(csrf()).with(Staff.as(users, "admin.buton"))
                .param("username", username).param("password", "kopi tubruk di pagi hari")
                .param("fullName", "Pratama Wijaya").param("roles", "PETUGAS")).andExpect(status().is3xxRedirection());
        long id = staffUsers.findByUsername(username).orElseThrow().getId();
        HttpVisitor first = HttpVisitor.anonymous(port);
        first.get("/masuk").form("form[action$=/masuk]").set("username", username)
                .set("password", "kopi tubruk di pagi hari").submit();
        first.get("/staf/kata-sandi").form("#password-form").set("currentPassword", "kopi tubruk di pagi hari")
                .set("newPassword", "teh manis di sore hari").set("repeatPassword", "teh manis di sore hari").submit();

        // staff change their own password from the staff home page, without being asked to
        HttpVisitor signedIn = HttpVisitor.signedIn(port, username, "teh manis di sore hari");
        assertThat(signedIn.get("/staf").document().select("a[href$=/staf/kata-sandi]")).isNotEmpty();
        Page own = signedIn.get("/staf/kata-sandi").form("#password-form")
                .set("currentPassword", "teh manis di sore hari").set("newPassword", "nasi kuning pakai telur")
                .set("repeatPassword", "nasi kuning pakai telur").submit();
        assertThat(own.location()).endsWith("/staf");
        HttpVisitor.signedIn(port, username, "nasi kuning pakai telur");

        // the administrator sets a new one: it must be changed at the next sign-in
        mvc.perform(post("/admin/pengguna/" + id + "/kata-sandi").with(csrf()).with(Staff.as(users, "admin.buton"))
                .param("password", "jalan jalan ke kota baubau")).andExpect(status().is3xxRedirection());
        Page login = HttpVisitor.anonymous(port).get("/masuk").form("form[action$=/masuk]").set("username", username)
                .set("password", "jalan jalan ke kota baubau").submit();
        assertThat(login.location()).endsWith("/staf/kata-sandi");
    }
}
