package id.konsultasi.disposition.web;

import static id.konsultasi.shared.security.Role.KABID;
import static id.konsultasi.shared.security.Role.KADIS;
import static id.konsultasi.shared.web.Audience.anyOf;

import java.util.List;

import id.konsultasi.shared.web.NavigationEntry;
import id.konsultasi.shared.web.StaffArea;
import id.konsultasi.shared.web.StaffCard;
import id.konsultasi.shared.web.UrlRules;

import org.springframework.stereotype.Component;

/**
 * The head's dashboard and decisions, open also to an acting head (Plh/Plt), whom the module checks itself: the
 * role alone does not say who acts today. The division head's inbox needs the role.
 */
@Component
class DispositionStaffArea implements StaffArea {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                NavigationEntry.inGroup("nav.group.disposition", 410, "nav.disposition", "/staf/disposisi",
                        anyOf(KADIS).orActingHead()),
                NavigationEntry.inGroup("nav.group.disposition", 420, "nav.divisionInbox", "/staf/bidang", anyOf(KABID)));
    }

    @Override
    public List<StaffCard> cards() {
        return List.of(
                new StaffCard(70, "nav.disposition", "staffHome.card.disposition", anyOf(KADIS),
                        StaffCard.Link.to("nav.disposition", "/staf/disposisi"),
                        StaffCard.Link.to("nav.delegations", "/staf/delegasi")),
                StaffCard.forActingHead(80, "nav.disposition", "staffHome.card.acting",
                        StaffCard.Link.to("nav.disposition", "/staf/disposisi")),
                new StaffCard(90, "nav.divisionInbox", "staffHome.card.divisionInbox", anyOf(KABID),
                        StaffCard.Link.to("nav.divisionInbox", "/staf/bidang")));
    }

    @Override
    public void authorize(UrlRules rules) {
        rules.allow(anyOf(KABID), "/staf/bidang", "/staf/bidang/**");
    }
}
