package id.konsultasi.desk.web;

import static id.konsultasi.shared.security.Role.PIKET;
import static id.konsultasi.shared.security.Role.SEKRETARIAT;
import static id.konsultasi.shared.web.Audience.anyOf;

import java.util.List;

import id.konsultasi.shared.web.NavigationEntry;
import id.konsultasi.shared.web.StaffArea;
import id.konsultasi.shared.web.StaffCard;

import org.springframework.stereotype.Component;

/** The duty desk (walk-ins, waiting board, guest book) and the agenda book of incoming letters. */
@Component
class DeskStaffArea implements StaffArea {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                NavigationEntry.inGroup("nav.desk", 310, "nav.desk.newGuest", "/staf/piket/tamu-baru", anyOf(PIKET)),
                NavigationEntry.inGroup("nav.desk", 320, "nav.desk.board", "/staf/piket", anyOf(PIKET, SEKRETARIAT)),
                NavigationEntry.inGroup("nav.desk", 330, "nav.desk.guestBook", "/staf/piket/buku-tamu", anyOf(PIKET, SEKRETARIAT)),
                NavigationEntry.inGroup("nav.desk", 340, "nav.desk.newLetter", "/staf/agenda/surat-baru", anyOf(PIKET, SEKRETARIAT)),
                NavigationEntry.inGroup("nav.desk", 350, "nav.desk.agenda", "/staf/agenda", anyOf(SEKRETARIAT)));
    }

    @Override
    public List<StaffCard> cards() {
        return List.of(
                new StaffCard(50, "staffHome.card.desk.title", "staffHome.card.desk", anyOf(PIKET),
                        StaffCard.Link.primary("nav.desk.newGuest", "/staf/piket/tamu-baru"),
                        StaffCard.Link.to("nav.desk.board", "/staf/piket"),
                        StaffCard.Link.to("nav.desk.guestBook", "/staf/piket/buku-tamu"),
                        StaffCard.Link.to("nav.desk.newLetter", "/staf/agenda/surat-baru")),
                new StaffCard(60, "staffHome.card.agenda.title", "staffHome.card.agenda", anyOf(SEKRETARIAT),
                        StaffCard.Link.primary("nav.desk.newLetter", "/staf/agenda/surat-baru"),
                        StaffCard.Link.to("nav.desk.agenda", "/staf/agenda"),
                        StaffCard.Link.to("nav.desk.board", "/staf/piket"),
                        StaffCard.Link.to("nav.desk.guestBook", "/staf/piket/buku-tamu")));
    }
}
