package id.konsultasi.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.security.StaffPrincipalHolder;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The navigation and the staff home's cards of the signed-in person, built from what every module declares
 * ({@link StaffArea}): once per request ({@link #current()}), then kept in the request. The layout takes it from
 * the model ({@code menu}), or from here on a page rendered for an error.
 */
@Component("staffMenus")
public class StaffMenus {

    private static final String KEPT = StaffMenus.class.getName() + ".menu";
    private static final String BADGES = StaffMenus.class.getName() + ".badges";
    /** The pages of the staff area, where the navigation shows what waits; public pages and files do not ask. */
    private static final List<String> STAFF_PAGES = List.of("/staf", "/admin", "/sistem");

    private final List<NavigationEntry> entries;
    private final List<StaffCard> cards;
    private final ObjectProvider<ActingHeads> acting;
    private final ObjectProvider<NavigationBadges> badges;

    StaffMenus(List<StaffArea> areas, ObjectProvider<ActingHeads> acting, ObjectProvider<NavigationBadges> badges) {
        this.entries = areas.stream().flatMap(area -> area.navigation().stream())
                .sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
        this.cards = areas.stream().flatMap(area -> area.cards().stream())
                .sorted(Comparator.comparingInt(StaffCard::order)).toList();
        this.acting = acting;
        this.badges = badges;
    }

    /** The menu of the person signed in for this request; {@link StaffMenu#NONE} for a visitor. */
    public StaffMenu current() {
        return PerRequest.kept(KEPT, this::build);
    }

    /**
     * How many items wait behind each link of the navigation (by path) for the person signed in, on a page of the
     * staff area; empty elsewhere, for a visitor, or without a {@link NavigationBadges}. Asked once per request.
     */
    public Map<String, Long> badges() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet)
                || !isStaffPage(servlet.getRequest())) {
            return Map.of();
        }
        return PerRequest.kept(BADGES, () -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            NavigationBadges source = badges.getIfAvailable();
            return source == null || authentication == null
                    || !(authentication.getPrincipal() instanceof StaffPrincipalHolder holder) ? Map.<String, Long>of()
                    : Map.copyOf(source.counts(holder.staff()));
        });
    }

    private static boolean isStaffPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STAFF_PAGES.stream().anyMatch(area -> path.equals(area) || path.startsWith(area + "/"));
    }

    private StaffMenu build() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipalHolder holder)) {
            return StaffMenu.NONE;
        }
        StaffPrincipal staff = holder.staff();
        ActingHeads heads = acting.getIfAvailable();
        return menuFor(staff.roles(), heads != null && heads.actsForTheHead(staff));
    }

    /** The menu of someone holding these roles, acting today on a head's behalf or not. */
    public StaffMenu menuFor(Set<Role> roles, boolean actsForTheHead) {
        Map<Object, List<NavigationEntry>> items = new LinkedHashMap<>();
        for (NavigationEntry entry : entries) {
            if (entry.audience().includes(roles, actsForTheHead)) {
                items.computeIfAbsent(entry.group() == null ? entry : entry.group(), key -> new ArrayList<>()).add(entry);
            }
        }
        List<StaffMenu.Item> navigation = items.values().stream()
                .map(shown -> new StaffMenu.Item(shown.size() > 1 ? shown.get(0).group() : shown.get(0).labelKey(), shown))
                .toList();
        List<StaffMenu.Card> shownCards = cards.stream()
                .filter(card -> card.audience().includes(roles, actsForTheHead))
                .map(card -> new StaffMenu.Card(card, card.links().stream()
                        .filter(link -> link.audience() == null || link.audience().includes(roles, actsForTheHead))
                        .toList()))
                .toList();
        return new StaffMenu(navigation, shownCards);
    }
}
