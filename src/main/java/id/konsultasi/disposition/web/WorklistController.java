package id.konsultasi.disposition.web;

import id.konsultasi.disposition.WorklistView;
import id.konsultasi.disposition.Worklists;
import id.konsultasi.request.Channel;
import id.konsultasi.request.WorklistCursor;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The head's dashboard and the division head's inbox. */
@Controller
class WorklistController {

    private final Worklists worklists;

    WorklistController(Worklists worklists) {
        this.worklists = worklists;
    }

    @GetMapping("/staf/disposisi")
    String dashboard(StaffPrincipal staff, @RequestParam(name = "lihat", required = false) WorklistView view,
                     @RequestParam(name = "kanal", required = false) Channel channel,
                     @RequestParam(name = "mendesak", defaultValue = "false") boolean urgentOnly,
                     @RequestParam(name = "q", defaultValue = "") String text,
                     @RequestParam(name = "hal", defaultValue = "0") int page,
                     @RequestParam(name = "setelah", required = false) String after,
                     @RequestParam(name = "sebelum", required = false) String before, Model model) {
        Worklists.Query query = query(view, channel, urgentOnly, text, page, after, before);
        model.addAttribute("board", worklists.headBoard(staff, query));
        model.addAttribute("query", query);
        model.addAttribute("path", "/staf/disposisi");
        choices(model);
        return "disposition/dashboard";
    }

    /** A page link's position that cannot be read (typed, cut off) counts the page from the start instead. */
    private static Worklists.Query query(WorklistView view, Channel channel, boolean urgentOnly, String text, int page,
                                         String after, String before) {
        return new Worklists.Query(view, channel, urgentOnly, text, page,
                WorklistCursor.parse(after).orElse(null), WorklistCursor.parse(before).orElse(null));
    }

    private static void choices(Model model) {
        model.addAttribute("views", WorklistView.values());
        model.addAttribute("channels", Channel.values());
    }

    @GetMapping("/staf/bidang")
    String inbox(StaffPrincipal staff, @RequestParam(name = "lihat", required = false) WorklistView view,
                 @RequestParam(name = "kanal", required = false) Channel channel,
                 @RequestParam(name = "mendesak", defaultValue = "false") boolean urgentOnly,
                 @RequestParam(name = "q", defaultValue = "") String text,
                 @RequestParam(name = "hal", defaultValue = "0") int page,
                 @RequestParam(name = "setelah", required = false) String after,
                 @RequestParam(name = "sebelum", required = false) String before, Model model) {
        Worklists.Query query = query(view, channel, urgentOnly, text, page, after, before);
        model.addAttribute("board", worklists.divisionBoard(staff, query));
        model.addAttribute("query", query);
        model.addAttribute("path", "/staf/bidang");
        choices(model);
        return "disposition/inbox";
    }
}
