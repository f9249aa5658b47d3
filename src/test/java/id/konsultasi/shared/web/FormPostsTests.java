package id.konsultasi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import id.konsultasi.shared.InputRejected;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** A form that saves: post, redirect, get with a flash message; or the form again with the refusal beside its field. */
class FormPostsTests {

    public static class NameForm {
        private String name = "Bidang Rehabilitasi";

        public String getName() {
            return name;
        }
    }

    final NameForm form = new NameForm();
    final BindingResult result = new BeanPropertyBindingResult(form, "form");
    final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    final AtomicInteger saves = new AtomicInteger();

    @Test
    void aValidFormIsSavedAndTheBrowserRedirectedWithTheFlashMessage() {
        String view = FormPosts.save(result, redirect, "flash.saved", () -> {
            saves.incrementAndGet();
            return "/admin/bidang";
        }, () -> "office/admin-divisions");
        assertThat(view).isEqualTo("redirect:/admin/bidang");
        assertThat(saves).hasValue(1);
        assertThat(redirect.getFlashAttributes().get("flash")).isEqualTo("flash.saved");
    }

    @Test
    void anInvalidFormIsShownAgainWithoutSaving() {
        result.rejectValue("name", "NotBlank");
        String view = FormPosts.save(result, redirect, "flash.saved", () -> {
            saves.incrementAndGet();
            return "/admin/bidang";
        }, () -> "office/admin-divisions");
        assertThat(view).isEqualTo("office/admin-divisions");
        assertThat(saves).hasValue(0);
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aRefusalByTheDatabaseStandsBesideItsField() {
        String view = FormPosts.save(result, redirect, "flash.saved", () -> {
            throw new InputRejected("name", "division.name.taken");
        }, () -> "office/admin-divisions");
        assertThat(view).isEqualTo("office/admin-divisions");
        assertThat(result.getFieldError("name").getCode()).isEqualTo("division.name.taken");
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }
}
