package id.konsultasi.shared.web;

import static id.konsultasi.shared.security.Role.KABID;
import static id.konsultasi.shared.security.Role.KADIS;
import static id.konsultasi.shared.security.Role.PETUGAS;
import static id.konsultasi.shared.web.Audience.anyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import id.konsultasi.shared.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The navigation and the cards are built from what the modules declare, for whoever is signed in. */
class StaffMenusTests {

    /** Two modules, declared in an order of their own. */
    static final List<StaffArea> AREAS = List.of(
            new StaffArea() {
                @Override
                public List<NavigationEntry> navigation() {
                    return List.of(
                            NavigationEntry.inGroup("nav.group.reports", 20, "nav.consultationReports", "/kepala", anyOf(KADIS)),
                            NavigationEntry.inGroup("nav.group.reports", 21, "nav.consultationReports", "/bidang",
                                    anyOf(KABID).except(KADIS)));
                }

                @Override
                public List<StaffCard> cards() {
                    return List.of(new StaffCard(2, "nav.consultationReports", "card.text", anyOf(KADIS, KABID, PETUGAS),
                            StaffCard.Link.to("head", "/kepala", anyOf(KADIS)),
                            StaffCard.Link.to("mine", "/saya", anyOf(KABID, PETUGAS))));
                }
            },
            new StaffArea() {
                @Override
                public List<NavigationEntry> navigation() {
                    return List.of(
                            NavigationEntry.link(1, "nav.requests", "/permohonan", anyOf(KADIS, KABID, PETUGAS)),
                            NavigationEntry.inGroup("nav.group.reports", 10, "nav.reports", "/laporan", anyOf(KADIS)),
                            NavigationEntry.inGroup("nav.group.disposition", 15, "nav.disposition", "/disposisi",
                                    anyOf(KADIS).orActingHead()));
                }

                @Override
                public List<StaffCard> cards() {
                    return List.of(StaffCard.forActingHead(1, "nav.disposition", "card.acting",
                            StaffCard.Link.to("nav.disposition", "/disposisi")));
                }
            });

    final StaffMenus menus = new StaffMenus(AREAS, new StaticListableBeanFactory().getBeanProvider(ActingHeads.class),
            new StaticListableBeanFactory().getBeanProvider(NavigationBadges.class));

    static List<String> items(StaffMenu menu) {
        return menu.navigation().stream().map(item -> item.labelKey() + (item.isMenu() ? " " + item.entries().stream()
                .map(NavigationEntry::path).toList() : " " + item.link().path())).toList();
    }

    @Test
    void theLinksOfAGroupShareAMenuInTheOrderOfTheirFirstEntry() {
        assertThat(items(menus.menuFor(Set.of(KADIS), false))).containsExactly("nav.requests /permohonan",
                "nav.group.reports [/laporan, /kepala]", "nav.disposition /disposisi");
    }

    @Test
    void aGroupOfWhichOneLinkIsShownIsThatLink() {
        assertThat(items(menus.menuFor(Set.of(KABID), false)))
                .containsExactly("nav.requests /permohonan", "nav.consultationReports /bidang");
        assertThat(items(menus.menuFor(Set.of(KABID, KADIS), false))).as("the head's own page, not the division's")
                .contains("nav.group.reports [/laporan, /kepala]").doesNotContain("nav.consultationReports /bidang");
    }

    @Test
    void anActingHeadSeesTheHeadsLinksMeantForThem() {
        assertThat(items(menus.menuFor(Set.of(KABID), true))).contains("nav.disposition /disposisi");
        assertThat(menus.menuFor(Set.of(KABID), true).cards()).extracting(card -> card.card().textKey())
                .containsExactly("card.acting", "card.text");
        assertThat(menus.menuFor(Set.of(KADIS), false).cards()).extracting(card -> card.card().textKey())
                .containsExactly("card.text");
    }

    @Test
    void aCardShowsOnlyTheButtonsMeantForTheReader() {
        assertThat(menus.menuFor(Set.of(PETUGAS), false).cards().get(0).links()).extracting(StaffCard.Link::path)
                .containsExactly("/saya");
        assertThat(menus.menuFor(Set.of(Role.PIKET), false)).isEqualTo(new StaffMenu(List.of(), List.of()));
    }

    @Test
    void anAddressRuleIsAListOfRoles() {
        assertThat(new UrlRules().allow(anyOf(PETUGAS, KADIS), "/a/**").permitAll("/b").rules()).containsExactly(
                new UrlRules.Rule(List.of("/a/**"), List.of("KADIS", "PETUGAS")), new UrlRules.Rule(List.of("/b"), List.of()));
        assertThatThrownBy(() -> new UrlRules().allow(anyOf(KABID).except(KADIS), "/c"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UrlRules().allow(anyOf(KADIS).orActingHead(), "/d"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
