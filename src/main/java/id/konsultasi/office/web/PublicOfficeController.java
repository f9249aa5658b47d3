package id.konsultasi.office.web;

import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public face: the offices, and each office's published service standard. */
@Controller
class PublicOfficeController {

    private final OfficeDirectory directory;

    PublicOfficeController(OfficeDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("offices", directory.activeOffices());
        return "office/home";
    }

    @GetMapping("/kantor/{code}")
    String office(@PathVariable String code, Model model) {
        Office office = directory.activeByCode(code).orElseThrow(() -> new NotFoundException("office " + code));
        model.addAttribute("office", office);
        model.addAttribute("standard", directory.standard(office.getId()));
        return "office/office-page";
    }
}
