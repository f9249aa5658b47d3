package id.konsultasi.shared.web;

import java.util.List;

/**
 * A card of the staff home: what one of someone's roles does first, with the links to it.
 *
 * @param order    where it stands among all cards
 * @param titleKey the message key of its heading
 * @param textKey  the message key of its text
 * @param audience who sees it
 * @param links    its buttons; each shown only to its own audience
 * @param acting   whether it is the card of an acting head (Plh/Plt), whose text names the head and the last day
 */
public record StaffCard(int order, String titleKey, String textKey, Audience audience, List<Link> links,
                        boolean acting) {

    public StaffCard {
        links = List.copyOf(links);
    }

    public StaffCard(int order, String titleKey, String textKey, Audience audience, Link... links) {
        this(order, titleKey, textKey, audience, List.of(links), false);
    }

    /** The card of an acting head (Plh/Plt), its text filled in by the page. */
    public static StaffCard forActingHead(int order, String titleKey, String textKey, Link... links) {
        return new StaffCard(order, titleKey, textKey, Audience.actingHead(), List.of(links), true);
    }

    /** A button of a card; the first action of a card may be {@code primary}. */
    public record Link(String labelKey, String path, Audience audience, boolean primary) {

        /** A button for everyone who sees the card. */
        public static Link to(String labelKey, String path) {
            return new Link(labelKey, path, null, false);
        }

        /** The card's first action, for everyone who sees the card. */
        public static Link primary(String labelKey, String path) {
            return new Link(labelKey, path, null, true);
        }

        /** A button for some of those who see the card. */
        public static Link to(String labelKey, String path, Audience audience) {
            return new Link(labelKey, path, audience, false);
        }
    }
}
