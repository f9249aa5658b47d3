package id.konsultasi.inbox.web;

import java.util.HashMap;
import java.util.Map;

import id.konsultasi.inbox.WorkInbox;
import id.konsultasi.inbox.WorkItemGroup;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.NavigationBadges;

import org.springframework.stereotype.Component;

/** The navigation's badges: the work inbox's counts, summed per page they are listed on. */
@Component
class InboxBadges implements NavigationBadges {

    private final WorkInbox inbox;

    InboxBadges(WorkInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public Map<String, Long> counts(StaffPrincipal staff) {
        Map<String, Long> counts = new HashMap<>();
        for (WorkItemGroup group : inbox.groups(staff)) {
            if (group.kind().inBadge() && group.count() > 0) {
                counts.merge(group.link(), group.count(), Long::sum);
            }
        }
        return counts;
    }
}
