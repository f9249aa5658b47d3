package id.konsultasi.desk.web;

import id.konsultasi.desk.DeskProperties;
import id.konsultasi.desk.DeskRoles;
import id.konsultasi.desk.WaitingBoard;
import id.konsultasi.office.MeetingRooms;
import id.konsultasi.shared.security.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The waiting board: who waits, since when, for what, and how much of the office's walk-in limit is used;
 * it refreshes itself (htmx). "Led to the meeting room" ends the waiting; "left" takes a guest off the board.
 */
@Controller
@RequestMapping("/staf/piket")
class BoardController {

    private final WaitingBoard board;
    private final MeetingRooms rooms;
    private final DeskProperties properties;

    BoardController(WaitingBoard board, MeetingRooms rooms, DeskProperties properties) {
        this.board = board;
        this.rooms = rooms;
        this.properties = properties;
    }

    /** The duty officer and the secretariat only: everyone else gets a 403 before anything else runs. */
    @ModelAttribute
    void onlyTheDesk(StaffPrincipal staff) {
        DeskRoles.requireDesk(staff);
    }

    @GetMapping
    String board(StaffPrincipal staff, Model model) {
        fill(staff, model);
        return "desk/board";
    }

    /**
     * The board alone, for its refresh every few seconds (htmx says so in its {@code HX-Request} header);
     * the address opened on its own (a bookmark, a new tab) is the whole page, with its layout and title.
     */
    @GetMapping("/papan")
    String fragment(StaffPrincipal staff, @RequestHeader(name = "HX-Request", required = false) String htmx,
                    Model model, HttpServletResponse response) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        fill(staff, model);
        return "true".equals(htmx) ? "desk/waiting-board :: board" : "desk/board";
    }

    @PostMapping("/tamu/{id}/antar")
    String leadIn(StaffPrincipal staff, @PathVariable long id, @RequestParam Long version,
                  @RequestParam(name = "roomId", required = false) Long roomId, RedirectAttributes redirect) {
        boolean changed = board.leadIn(staff, id, version, roomId);
        redirect.addFlashAttribute("flash", changed ? "flash.desk.ledIn" : "flash.desk.alreadyLedIn");
        return "redirect:/staf/piket";
    }

    @PostMapping("/tamu/{id}/pulang")
    String leave(StaffPrincipal staff, @PathVariable long id, @RequestParam Long version,
                 RedirectAttributes redirect) {
        boolean changed = board.leave(staff, id, version);
        redirect.addFlashAttribute("flash", changed ? "flash.desk.left" : "flash.desk.alreadyLeft");
        return "redirect:/staf/piket";
    }

    private void fill(StaffPrincipal staff, Model model) {
        model.addAttribute("board", board.board(staff));
        model.addAttribute("rooms", rooms.findByOfficeIdAndActiveTrueOrderByName(staff.requireOffice()));
        model.addAttribute("refreshSeconds", properties.boardRefresh().getSeconds());
    }
}
