package id.konsultasi.shared.web;

import java.util.List;
import java.util.Map;

/**
 * What one signed-in person sees of the staff area: the items of the navigation and the cards of the staff home,
 * each with only the links meant for them. Built by {@link StaffMenus}.
 */
public record StaffMenu(List<Item> navigation, List<Card> cards) {

    /** Nothing: for a visitor who is not signed in. */
    public static final StaffMenu NONE = new StaffMenu(List.of(), List.of());

    public StaffMenu {
        navigation = List.copyOf(navigation);
        cards = List.copyOf(cards);
    }

    /**
     * An item of the navigation: one link, or a menu of several under the group's label.
     *
     * @param labelKey the group's label, or the link's when it stands alone
     */
    public record Item(String labelKey, List<NavigationEntry> entries) {

        public Item {
            entries = List.copyOf(entries);
        }

        public boolean isMenu() {
            return entries.size() > 1;
        }

        /** How many items wait behind its links, from the badges by path ({@link StaffMenus#badges()}). */
        public long waiting(Map<String, Long> badges) {
            return entries.stream().mapToLong(entry -> badges.getOrDefault(entry.path(), 0L)).sum();
        }

        /** The link of an item that is not a menu. */
        public NavigationEntry link() {
            return entries.get(0);
        }
    }

    /** A card of the staff home with the buttons this person may use. */
    public record Card(StaffCard card, List<StaffCard.Link> links) {

        public Card {
            links = List.copyOf(links);
        }
    }
}
