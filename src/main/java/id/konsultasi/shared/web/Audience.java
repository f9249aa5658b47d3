package id.konsultasi.shared.web;

import java.util.EnumSet;
import java.util.Set;

import id.konsultasi.shared.security.Role;

/**
 * Who a link, a card or an address is for: anyone holding one of {@code anyOf} (or, with {@code forActingHead}, anyone
 * who acts today as head of office on a head's behalf: Plh/Plt), unless they hold one of {@code noneOf}.
 */
public record Audience(Set<Role> anyOf, Set<Role> noneOf, boolean forActingHead) {

    public Audience {
        anyOf = anyOf.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(anyOf));
        noneOf = noneOf.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(noneOf));
    }

    /** Everyone holding one of these roles. */
    public static Audience anyOf(Role... roles) {
        return new Audience(Set.of(roles), Set.of(), false);
    }

    /** Only whoever acts today on a head's behalf (Plh/Plt) without being a head. */
    public static Audience actingHead() {
        return new Audience(Set.of(), Set.of(), true);
    }

    /** The same, but not for whoever also holds one of these roles (they have a page of their own). */
    public Audience except(Role... roles) {
        Set<Role> excluded = EnumSet.noneOf(Role.class);
        excluded.addAll(noneOf);
        excluded.addAll(Set.of(roles));
        return new Audience(anyOf, excluded, forActingHead);
    }

    /** The same, and whoever acts today on a head's behalf. */
    public Audience orActingHead() {
        return new Audience(anyOf, noneOf, true);
    }

    /** Whether someone with these roles, acting on a head's behalf today or not, belongs to it. */
    public boolean includes(Set<Role> roles, boolean actsForTheHead) {
        boolean in = (forActingHead && actsForTheHead) || anyOf.stream().anyMatch(roles::contains);
        return in && noneOf.stream().noneMatch(roles::contains);
    }

    /** The roles, for a rule on addresses; such a rule knows nothing of exclusions or of acting heads. */
    String[] roleNames() {
        if (!noneOf.isEmpty() || forActingHead || anyOf.isEmpty()) {
            throw new IllegalArgumentException("an address rule is a list of roles: " + this);
        }
        return anyOf.stream().sorted().map(Role::name).toArray(String[]::new);
    }
}
