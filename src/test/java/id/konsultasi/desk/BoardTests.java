package id.konsultasi.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import id.konsultasi.office.MeetingRoom;
import id.konsultasi.office.MeetingRooms;
import id.konsultasi.office.Offices;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.DispositionSteps;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The waiting board: who waits, since when, for what, against the office's own walk-in limit; "led to the
 * meeting room" ends the waiting; each office sees only its own guests.
 */
@IntegrationTest
class BoardTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DeskProperties deskProperties;
    @Autowired
    UserDetailsService users;
    @Autowired
    DeskService desk;
    @Autowired
    WaitingBoard board;
    @Autowired
    GuestVisits visits;
    @Autowired
    Offices offices;
    @Autowired
    MeetingRooms rooms;
    @Autowired
    DispositionSteps dispositionSteps;
    @Autowired
    id.konsultasi.office.Divisions divisions;
    @Autowired
    ConsultationRequests requests;

    GuestVisit arrive(String office, String name, VisitKind kind) {
        long id = desk.registerWalkIn(Staff.principal(users, "piket." + office), new DeskService.WalkIn(
                UUID.randomUUID().toString(), new Guest(name, "Desa Wakaokili", "+6281234567890",
                "7404011203850001", true, "Bertanya tentang PKH"), kind, ApplicantType.PERSON, null, null,
                kind == VisitKind.NEW_CONSULTATION ? "Program Keluarga Harapan" : null, null, false, null));
        return visits.findById(id).orElseThrow();
    }

    Document board(String who) throws Exception {
        return Jsoup.parse(mvc.perform(get("/staf/piket").with(Staff.as(users, who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    static Element card(Document board, GuestVisit visit) {
        return board.selectFirst("[data-visit=" + visit.getId() + "]");
    }

    @Test
    void theBoardShowsEachGuestWithTheOfficesOwnLimitAndAStateInWords() throws Exception {
        String butonGuest = "La Ode Menunggu " + UUID.randomUUID().toString().substring(0, 6);
        String babelGuest = "Siti Menunggu " + UUID.randomUUID().toString().substring(0, 6);
        GuestVisit buton = arrive("buton", butonGuest, VisitKind.NEW_CONSULTATION);
        GuestVisit babel = arrive("babel", babelGuest, VisitKind.OTHER);

        Document butonBoard = board("piket.buton");
        assertThat(butonBoard.select("#walk-in-limit").text()).contains("60 menit");
        Element card = card(butonBoard, buton);
        assertThat(card).isNotNull();
        assertThat(card.text()).contains(butonGuest, "Permohonan konsultasi baru", "Bertanya tentang PKH",
                buton.getReceiptNumber(), "WITA", "dari 60 menit terpakai");
        assertThat(card.select(".wait-badge").text()).isIn("Tepat waktu", "Mendekati batas", "Melewati batas");
        assertThat(butonBoard.text()).doesNotContain(babelGuest);

        Document babelBoard = board("sekretariat.babel"); // the secretariat uses the board too
        assertThat(babelBoard.select("#walk-in-limit").text()).contains("30 menit");
        assertThat(card(babelBoard, babel).text()).contains(babelGuest, "Keperluan lain", "WIB", "dari 30 menit terpakai");
        assertThat(babelBoard.text()).doesNotContain(butonGuest);
    }

    @Test
    void theBoardRefreshesItselfFromAFragment() throws Exception {
        GuestVisit guest = arrive("babel", "Tamu Fragmen " + UUID.randomUUID().toString().substring(0, 6), VisitKind.OTHER);
        Document fragment = Jsoup.parse(mvc.perform(get("/staf/piket/papan").header("HX-Request", "true")
                        .with(Staff.as(users, "piket.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element board = fragment.selectFirst("section#board");
        assertThat(board.attr("hx-get")).isEqualTo("/staf/piket/papan");
        assertThat(board.attr("hx-trigger")).isEqualTo("every " + deskProperties.boardRefresh().toSeconds() + "s");
        assertThat(board.attr("hx-swap")).isEqualTo("outerHTML");
        assertThat(fragment.select("nav")).as("only the board, not the whole page").isEmpty();
        assertThat(card(fragment, guest)).isNotNull();
    }

    @Test
    void theBoardsRefreshAddressOpenedOnItsOwnIsTheWholePage() throws Exception {
        var response = mvc.perform(get("/staf/piket/papan").with(Staff.as(users, "piket.babel")))
                .andExpect(status().isOk()).andReturn().getResponse();
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("html").attr("lang")).isEqualTo("id");
        assertThat(page.title()).startsWith("Papan tunggu");
        assertThat(page.select("nav")).as("the layout").isNotEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Papan tunggu");
        assertThat(page.select("section#board")).hasSize(1);
        assertThat(String.join(",", response.getHeaders("Vary"))).as("caches keep the fragment and the page apart")
                .contains("HX-Request");
    }

    @Test
    void leadingAGuestInStopsTheWaitingOnceAndTheGuestLeavesTheBoardWhenDone() throws Exception {
        GuestVisit guest = arrive("buton", "La Ode Diantar " + UUID.randomUUID().toString().substring(0, 6),
                VisitKind.OTHER);
        MeetingRoom room = rooms.findByOfficeIdAndActiveTrueOrderByName(guest.getOfficeId()).get(0);
        mvc.perform(post("/staf/piket/tamu/" + guest.getId() + "/antar").with(csrf()).with(Staff.as(users, "piket.buton"))
                        .param("version", String.valueOf(guest.getVersion())).param("roomId", String.valueOf(room.getId())))
                .andExpect(redirectedUrl("/staf/piket")).andExpect(flash().attribute("flash", "flash.desk.ledIn"));
        GuestVisit served = visits.findById(guest.getId()).orElseThrow();
        assertThat(served.getServedAt()).isNotNull();
        assertThat(served.getRoomName()).isEqualTo(room.getName());
        assertThat(served.getServedByName()).isEqualTo("Wa Ode Nurhaya");

        // a second click (even with the old version) changes nothing
        mvc.perform(post("/staf/piket/tamu/" + guest.getId() + "/antar").with(csrf()).with(Staff.as(users, "piket.buton"))
                        .param("version", String.valueOf(guest.getVersion())))
                .andExpect(flash().attribute("flash", "flash.desk.alreadyLedIn"));
        assertThat(visits.findById(guest.getId()).orElseThrow().getServedAt()).isEqualTo(served.getServedAt());

        Document board = board("piket.buton");
        assertThat(board.selectFirst("table [data-visit=" + guest.getId() + "]")).as("in the meeting table").isNotNull();
        assertThat(card(board, guest).text()).contains(room.getName(), "Selesai, tamu pulang");

        mvc.perform(post("/staf/piket/tamu/" + guest.getId() + "/pulang").with(csrf()).with(Staff.as(users, "piket.buton"))
                        .param("version", String.valueOf(served.getVersion())))
                .andExpect(flash().attribute("flash", "flash.desk.left"));
        assertThat(card(board("piket.buton"), guest)).as("off the board").isNull();
        assertThat(visits.findById(guest.getId()).orElseThrow().getLeftAt()).isNotNull();
    }

    @Test
    void aStaleFormIsRefusedWithoutOverwritingAnything() throws Exception {
        GuestVisit guest = arrive("buton", "Tamu Basi " + UUID.randomUUID().toString().substring(0, 6), VisitKind.OTHER);
        board.leave(Staff.principal(users, "sekretariat.buton"), guest.getId(), guest.getVersion());
        // someone else took the guest off the board; leading them in from an old board is a conflict
        mvc.perform(post("/staf/piket/tamu/" + guest.getId() + "/antar").with(csrf()).with(Staff.as(users, "piket.buton"))
                .param("version", String.valueOf(guest.getVersion()))).andExpect(status().isConflict());
        assertThat(visits.findById(guest.getId()).orElseThrow().getServedAt()).isNull();
    }

    @Test
    void anotherOfficesGuestIsNotFound() throws Exception {
        GuestVisit guest = arrive("buton", "Tamu Rahasia " + UUID.randomUUID().toString().substring(0, 6),
                VisitKind.OTHER);
        mvc.perform(post("/staf/piket/tamu/" + guest.getId() + "/antar").with(csrf()).with(Staff.as(users, "piket.babel"))
                .param("version", String.valueOf(guest.getVersion()))).andExpect(status().isNotFound());
        mvc.perform(get("/staf/piket/tamu/" + guest.getId()).with(Staff.as(users, "piket.babel")))
                .andExpect(status().isNotFound());
        assertThat(visits.findById(guest.getId()).orElseThrow().getServedAt()).isNull();
    }

    @Test
    void aRefusedWalkInIsShownAsRefusedAndCanOnlyLeave() throws Exception {
        GuestVisit guest = arrive("buton", "La Ode Ditolak " + UUID.randomUUID().toString().substring(0, 6),
                VisitKind.NEW_CONSULTATION);
        assertThat(card(board("piket.buton"), guest).select("#lead-" + guest.getId())).hasSize(1);

        // Buton's walk-in waits for the head, who refuses it
        StaffPrincipal head = Staff.principal(users, "kadis.buton");
        String reason = "Bukan kewenangan Dinas Sosial " + UUID.randomUUID().toString().substring(0, 6);
        dispositionSteps.reject(head, Actor.of(head), guest.getRequestId(),
                requests.findById(guest.getRequestId()).orElseThrow().getVersion(), reason, null);

        // the desk sees the refusal to tell the guest, and only "the guest left"
        Element card = card(board("piket.buton"), guest);
        assertThat(card.select("#lead-" + guest.getId())).isEmpty();
        assertThat(card.select(".board-refusal").text()).contains("ditolak", reason);
        assertThat(card.select("#leave-" + guest.getId())).hasSize(1);
        // a board shown before the refusal cannot lead the guest in
        mvc.perform(post("/staf/piket/tamu/" + guest.getId() + "/antar").with(csrf()).with(Staff.as(users, "piket.buton"))
                .param("version", String.valueOf(guest.getVersion()))).andExpect(status().isConflict());
        assertThat(visits.findById(guest.getId()).orElseThrow().getServedAt()).isNull();
        mvc.perform(post("/staf/piket/tamu/" + guest.getId() + "/pulang").with(csrf()).with(Staff.as(users, "piket.buton"))
                        .param("version", String.valueOf(guest.getVersion())))
                .andExpect(flash().attribute("flash", "flash.desk.left"));
        assertThat(card(board("piket.buton"), guest)).isNull();
    }

    @Test
    void theDeskSeesTheHeadsDecisionForAWaitingWalkInAsItHappens() throws Exception {
        GuestVisit guest = arrive("buton", "La Ode Menunggu " + UUID.randomUUID().toString().substring(0, 6),
                VisitKind.NEW_CONSULTATION);
        // still waiting: for whom, since when, how long
        Element card = card(board("piket.buton"), guest);
        assertThat(card.select(".board-decision").text()).contains("Menunggu keputusan Kepala Dinas", "WITA", "menit");

        // the head disposes it to a division: the desk sees whose turn it is now
        StaffPrincipal head = Staff.principal(users, "kadis.buton");
        var division = divisions.findByOfficeIdOrderByName(offices.findByCode("buton").orElseThrow().getId()).stream()
                .filter(d -> d.getName().equals("Bidang Rehabilitasi Sosial")).findFirst().orElseThrow();
        dispositionSteps.disposeToDivision(head, Actor.of(head), guest.getRequestId(),
                requests.findById(guest.getRequestId()).orElseThrow().getVersion(), division.getId(), null, null);
        card = card(board("piket.buton"), guest);
        assertThat(card.select(".board-decision").text()).contains("menunggu penugasan petugas", division.getName());

        // the division head assigns an officer: the desk sees whom to lead the guest to
        StaffPrincipal divisionHead = Staff.principal(users, "kabid.buton");
        StaffPrincipal officer = Staff.principal(users, "petugas.buton");
        dispositionSteps.assign(divisionHead, Actor.of(divisionHead), guest.getRequestId(),
                requests.findById(guest.getRequestId()).orElseThrow().getVersion(), division.getId(),
                java.util.List.of(officer.id()), null, null);
        card = card(board("piket.buton"), guest);
        assertThat(card.select(".board-decision").text()).contains("Diterima", officer.fullName());
        assertThat(card.select("#lead-" + guest.getId())).hasSize(1);

        GuestVisit visitor = arrive("buton", "Tamu Lain " + UUID.randomUUID().toString().substring(0, 6), VisitKind.OTHER);
        assertThat(card(board("piket.buton"), visitor).select(".board-decision"))
                .as("a guest without a request waits for no decision").isEmpty();
    }
}
