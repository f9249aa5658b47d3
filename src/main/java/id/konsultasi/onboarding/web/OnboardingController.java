package id.konsultasi.onboarding.web;

import id.konsultasi.onboarding.OnboardingChecklist;
import id.konsultasi.onboarding.OnboardingGuide;
import id.konsultasi.onboarding.PublicFormGate;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The onboarding guide ("Panduan memulai"): the office administrator's for their own office, with a link to the page
 * that fixes each step; the system administrator's for any office. Both may open and close the public form.
 */
@Controller
class OnboardingController {

    private static final String OWN = "/admin/mulai";
    private static final String ANY = "/sistem/kantor/{id}/mulai";

    private final OnboardingGuide guide;
    private final PublicFormGate gate;

    OnboardingController(OnboardingGuide guide, PublicFormGate gate) {
        this.guide = guide;
        this.gate = gate;
    }

    @GetMapping(OWN)
    String own(StaffPrincipal staff, Model model) {
        return show(guide.checklist(staff.requireOffice()), OWN, true, model);
    }

    @PostMapping(OWN + "/buka")
    String openOwn(StaffPrincipal staff, RedirectAttributes redirect) {
        return open(staff.requireOffice(), OWN, redirect);
    }

    @PostMapping(OWN + "/tutup")
    String closeOwn(StaffPrincipal staff, RedirectAttributes redirect) {
        return close(staff.requireOffice(), OWN, redirect);
    }

    @GetMapping(ANY)
    String any(@PathVariable long id, Model model) {
        return show(guide.checklist(id), "/sistem/kantor/" + id + "/mulai", false, model);
    }

    @PostMapping(ANY + "/buka")
    String openAny(@PathVariable long id, RedirectAttributes redirect) {
        return open(id, "/sistem/kantor/" + id + "/mulai", redirect);
    }

    @PostMapping(ANY + "/tutup")
    String closeAny(@PathVariable long id, RedirectAttributes redirect) {
        return close(id, "/sistem/kantor/" + id + "/mulai", redirect);
    }

    /**
     * @param own whether the office's own administrator reads it: the steps link to the pages that fix them (the
     *            system administrator reads and opens, and goes back to the office's page)
     */
    private static String show(OnboardingChecklist checklist, String path, boolean own, Model model) {
        model.addAttribute("guide", checklist);
        model.addAttribute("path", path);
        model.addAttribute("own", own);
        model.addAttribute("links", GuideLinks.ALL);
        return "onboarding/guide";
    }

    private String open(long officeId, String path, RedirectAttributes redirect) {
        if (gate.open(officeId).isReady()) {
            redirect.addFlashAttribute("flash", "flash.onboarding.opened");
        } else {
            redirect.addFlashAttribute("refused", true);
        }
        return "redirect:" + path;
    }

    private String close(long officeId, String path, RedirectAttributes redirect) {
        gate.close(officeId);
        redirect.addFlashAttribute("flash", "flash.onboarding.closed");
        return "redirect:" + path;
    }
}
