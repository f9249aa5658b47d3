package id.konsultasi.office.web;

import id.konsultasi.office.MeetingRoom;
import id.konsultasi.office.MeetingRooms;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.FormPosts;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office administrator keeps the meeting rooms where consultations are held. */
@Controller
@RequestMapping("/admin/ruang")
class RoomAdminController {

    private final MeetingRooms rooms;
    private final OfficeAdministration administration;

    RoomAdminController(MeetingRooms rooms, OfficeAdministration administration) {
        this.rooms = rooms;
        this.administration = administration;
    }

    @GetMapping
    String list(StaffPrincipal staff, Model model) {
        model.addAttribute("form", new RoomForm());
        return listView(staff, model);
    }

    @PostMapping
    String add(StaffPrincipal staff, @Valid @ModelAttribute("form") RoomForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        return FormPosts.save(result, redirect, "flash.saved", () -> {
            administration.addRoom(staff.requireOffice(), form.getName().trim(), form.trimmedLocation(),
                    form.getCapacity());
            return "/admin/ruang";
        }, () -> listView(staff, model));
    }

    @GetMapping("/{id}")
    String edit(StaffPrincipal staff, @PathVariable long id, Model model) {
        MeetingRoom room = rooms.requireInOffice(id, staff.requireOffice());
        RoomForm form = new RoomForm();
        form.setVersion(room.getVersion());
        form.setName(room.getName());
        form.setLocation(room.getLocation());
        form.setCapacity(room.getCapacity());
        form.setActive(room.isActive());
        model.addAttribute("room", room);
        model.addAttribute("form", form);
        return "office/admin-room-edit";
    }

    @PostMapping("/{id}")
    String update(StaffPrincipal staff, @PathVariable long id, @Valid @ModelAttribute("form") RoomForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        MeetingRoom room = rooms.requireInOffice(id, staff.requireOffice());
        return FormPosts.save(result, redirect, "flash.saved", () -> {
            administration.updateRoom(staff.requireOffice(), id, form.getVersion(), form.getName().trim(),
                    form.trimmedLocation(), form.getCapacity(), form.isActive());
            return "/admin/ruang";
        }, () -> {
            model.addAttribute("room", room);
            return "office/admin-room-edit";
        });
    }

    private String listView(StaffPrincipal staff, Model model) {
        model.addAttribute("rooms", rooms.findByOfficeIdOrderByName(staff.requireOffice()));
        return "office/admin-rooms";
    }
}
