package id.konsultasi.shared.web;

import java.util.function.Supplier;

import id.konsultasi.shared.InputRejected;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The post of a form that saves something, the one way every such controller handles it: post, redirect, get
 * with a flash message when it is saved; the form again with what the user typed when it is not.
 */
public final class FormPosts {

    private FormPosts() {
    }

    /**
     * When the form is valid, runs {@code save}, which returns the address to go to, and redirects there with the
     * {@code flash} message. A check that needs the database and refuses the input ({@link InputRejected}) puts
     * its message beside its field. Otherwise (or then) {@code showAgain} gives the view of the form.
     */
    public static String save(BindingResult result, RedirectAttributes redirect, String flash, Supplier<String> save,
                              Supplier<String> showAgain) {
        if (!result.hasErrors()) {
            try {
                String target = save.get();
                redirect.addFlashAttribute("flash", flash);
                return "redirect:" + target;
            } catch (InputRejected e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        return showAgain.get();
    }
}
