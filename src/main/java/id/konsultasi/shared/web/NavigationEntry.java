package id.konsultasi.shared.web;

/**
 * One link of the head's navigation. Entries of the same group are shown together as one menu (a dropdown) when
 * someone sees two of them or more, and as a plain link otherwise; the groups and the links stand in the order of
 * their first entry.
 *
 * @param group    the message key of the group's label; {@code null} for a link of its own
 * @param order    where it stands among all entries
 * @param labelKey the message key of the link's text
 * @param path     the address, without the context path
 * @param audience who sees it
 */
public record NavigationEntry(String group, int order, String labelKey, String path, Audience audience) {

    /** A link of its own. */
    public static NavigationEntry link(int order, String labelKey, String path, Audience audience) {
        return new NavigationEntry(null, order, labelKey, path, audience);
    }

    /** A link of a group. */
    public static NavigationEntry inGroup(String group, int order, String labelKey, String path, Audience audience) {
        return new NavigationEntry(group, order, labelKey, path, audience);
    }
}
