package id.konsultasi.disposition.web;

import id.konsultasi.disposition.WorklistView;
import id.konsultasi.disposition.Worklists;
import id.konsultasi.request.Channel;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The head's dashboard and the division head's inbox. */
@Controller
class WorklistController {

    private final Worklists worklists;

    WorklistController(Worklists worklists) {
        this.worklists = worklists;
    }

    @GetMapping("/staf/disposisi")
    String dashboard(StaffPrincipal staff, WorklistFilter filter, Model model) {
        Worklists.Query query = filter.query();
        model.addAttribute("board", worklists.headBoard(staff, query));
        return page(query, "/staf/disposisi", model, "disposition/dashboard");
    }

    @GetMapping("/staf/bidang")
    String inbox(StaffPrincipal staff, WorklistFilter filter, Model model) {
        Worklists.Query query = filter.query();
        model.addAttribute("board", worklists.divisionBoard(staff, query));
        return page(query, "/staf/bidang", model, "disposition/inbox");
    }

    private static String page(Worklists.Query query, String path, Model model, String view) {
        model.addAttribute("query", query);
        model.addAttribute("path", path);
        model.addAttribute("views", WorklistView.values());
        model.addAttribute("channels", Channel.values());
        return view;
    }
}
