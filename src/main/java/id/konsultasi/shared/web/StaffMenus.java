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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The navigation and the staff home's cards of the signed-in person, built from what every module declares
 * ({@link StaffArea}): once per request ({@link #current()}), then kept in the request. The layout takes it from
 * the model ({@code menu}), or from here on a page rendered for an error.
 */
@Component("staffMenus")
public class StaffMenus {

    private static final String KEPT = StaffMenus.class.getName() + ".menu";

    private final List<NavigationEntry> entries;
    private final List<StaffCard> cards;
    private final ObjectProvider<ActingHeads> acting;

    StaffMenus(List<StaffArea> areas, ObjectProvider<ActingHeads> acting) {
        this.entries = areas.stream().flatMap(area -> area.navigation().stream())
                .sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
        this.cards = areas.stream().flatMap(area -> area.cards().stream())
                .sorted(Comparator.comparingInt(StaffCard::order)).toList();
        this.acting = acting;
    }

    /** The menu of the person signed in for this request; {@link StaffMenu#NONE} for a visitor. */
    public StaffMenu current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(KEPT, RequestAttributes.SCOPE_REQUEST) instanceof StaffMenu kept) {
            return kept;
        }
        StaffMenu menu = build();
        if (request != null) {
            request.setAttribute(KEPT, menu, RequestAttributes.SCOPE_REQUEST);
        }
        return menu;
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
