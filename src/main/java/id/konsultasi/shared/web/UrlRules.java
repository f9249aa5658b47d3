package id.konsultasi.shared.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The address rules of one module, collected for the security configuration: which addresses are public and which
 * need one of some roles. The staff area's defaults come after every module's rules: administration
 * ({@code /admin/**}) for office administrators, system administration ({@code /sistem/**}) for system
 * administrators, any other staff page for anyone signed in.
 */
public final class UrlRules {

    /**
     * @param patterns the addresses (path patterns)
     * @param roles    the roles of which one is needed; none: public
     */
    public record Rule(List<String> patterns, List<String> roles) {

        public boolean isPublic() {
            return roles.isEmpty();
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    /** Anyone may open these addresses, signed in or not. */
    public UrlRules permitAll(String... patterns) {
        rules.add(new Rule(List.of(patterns), List.of()));
        return this;
    }

    /** Only someone holding one of the audience's roles may open these addresses. */
    public UrlRules allow(Audience audience, String... patterns) {
        rules.add(new Rule(List.of(patterns), List.of(audience.roleNames())));
        return this;
    }

    public List<Rule> rules() {
        return List.copyOf(rules);
    }
}
