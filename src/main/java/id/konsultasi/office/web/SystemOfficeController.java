package id.konsultasi.office.web;

import java.util.List;
import java.util.Map;

import id.konsultasi.office.IndonesianTimeZones;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.Offices;
import id.konsultasi.office.Requirement;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.shared.crypto.KeyRotation;
import id.konsultasi.shared.web.FormPosts;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator adds offices and keeps their profiles. */
@Controller
@RequestMapping("/sistem/kantor")
class SystemOfficeController {

    private final Offices offices;
    private final OfficeAdministration administration;
    private final MessageSource messages;
    private final KeyRotation keyRotation;

    SystemOfficeController(Offices offices, OfficeAdministration administration, MessageSource messages,
                           KeyRotation keyRotation) {
        this.offices = offices;
        this.administration = administration;
        this.messages = messages;
        this.keyRotation = keyRotation;
    }

    @ModelAttribute("timeZones")
    Map<String, String> timeZones() {
        return IndonesianTimeZones.all();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("offices", offices.findAllByOrderByName());
        model.addAttribute("keys", keyRotation.status());
        return "office/system-offices";
    }

    @GetMapping("/baru")
    String create(Model model) {
        model.addAttribute("form", new NewOfficeForm());
        return "office/system-office-new";
    }

    @PostMapping("/baru")
    String add(@Valid @ModelAttribute("form") NewOfficeForm form, BindingResult result, RedirectAttributes redirect) {
        return FormPosts.save(result, redirect, "flash.saved",
                () -> "/sistem/kantor/" + administration.createOfficeToSetUp(form.getCode(), form.toProfile(),
                        initialStandard()).getId(),
                () -> "office/system-office-new");
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Office office = offices.require(id);
        model.addAttribute("office", office);
        model.addAttribute("form", ProfileForm.of(office.getVersion(), office.profile(), office.getPlace()));
        return "office/system-office-edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ProfileForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("office", offices.require(id));
            return "office/system-office-edit";
        }
        administration.updateProfile(id, form.getVersion(), form.toProfile());
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/sistem/kantor/" + id;
    }

    @PostMapping("/{id}/status")
    String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        administration.setActive(id, active);
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/sistem/kantor/" + id;
    }

    /** A new office starts from the minimum the law asks for; its administrator writes the rest. */
    private ServiceStandard.Revision initialStandard() {
        String draft = messages.getMessage("office.new.draftItem", null, LocaleContextHolder.getLocale());
        return new ServiceStandard.Revision(messages.getMessage("office.new.serviceName", null,
                LocaleContextHolder.getLocale()), null, Requirement.forEveryone(List.of(draft)), List.of(draft),
                new ServiceStandard.TimeLimits(null, null, null), null,
                messages.getMessage("office.new.fee", null, LocaleContextHolder.getLocale()), List.of(draft),
                List.of(), null, new ServiceStandard.WorkflowSwitches(false, false, false, false, true));
    }
}
