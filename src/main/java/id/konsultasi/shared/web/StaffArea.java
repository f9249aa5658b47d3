package id.konsultasi.shared.web;

import java.util.List;

/**
 * What one module adds to the staff area: its links in the navigation, its cards on the staff home and the rules of
 * its addresses. Each module declares one, in its {@code web} package, so that who may see and open a module's pages
 * is written once, beside the pages. {@link StaffMenus} builds the navigation and the cards from all of them; the
 * security configuration applies all their rules.
 */
public interface StaffArea {

    default List<NavigationEntry> navigation() {
        return List.of();
    }

    default List<StaffCard> cards() {
        return List.of();
    }

    /** Adds this module's address rules; addresses of the staff area not named are for anyone signed in. */
    default void authorize(UrlRules rules) {
    }
}
