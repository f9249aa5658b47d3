package id.konsultasi.disposition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import id.konsultasi.account.StaffUser;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ConsultationMode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words a decision leaves in the request's history: written once, in the office's language. */
@Component
class DispositionWords {

    /** History notes are written once, in the office's language. */
    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final MessageSource messages;

    DispositionWords(MessageSource messages) {
        this.messages = messages;
    }

    Actor actor(Signatory signatory) {
        if (!signatory.isActing()) {
            return new Actor(signatory.getStaffId(), signatory.getName());
        }
        return new Actor(signatory.getStaffId(), message("disposition.actor.acting", signatory.getName(),
                signatory.getSigningPost(), signatory.getOnBehalfOfName()));
    }

    String internalNote(Disposition d, List<String> forwardedTo) {
        List<String> parts = new ArrayList<>();
        parts.add(message("disposition.internal.urgency", message(d.getUrgency().labelKey())));
        if (!forwardedTo.isEmpty()) {
            parts.add(message("disposition.internal.forwardedTo", String.join(", ", forwardedTo)));
        }
        if (!d.getInstructions().isEmpty()) {
            parts.add(message("disposition.internal.instructions", EnumSet.copyOf(d.getInstructions()).stream()
                    .map(i -> message(i.labelKey())).collect(Collectors.joining(", "))));
        }
        if (d.getNote() != null) {
            parts.add(message("disposition.internal.note", d.getNote()));
        }
        return String.join(" ", parts);
    }

    String assignmentNote(Assignment a, List<StaffUser> officers) {
        List<String> parts = new ArrayList<>();
        parts.add(message("disposition.internal.lead", officers.get(0).getFullName()));
        if (officers.size() > 1) {
            parts.add(message("disposition.internal.companions", String.join(", ",
                    names(officers.subList(1, officers.size())))));
        }
        if (a.isStaffAnalysisRequired()) {
            parts.add(message("disposition.internal.staffAnalysisRequired"));
        }
        if (a.getInstructions() != null) {
            parts.add(message("disposition.internal.note", a.getInstructions()));
        }
        return String.join(" ", parts);
    }

    String modeInWords(ConsultationMode mode) {
        return message("disposition.modeInWords." + mode.name());
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, INDONESIAN);
    }

    static List<String> names(List<StaffUser> users) {
        return users.stream().map(StaffUser::getFullName).toList();
    }
}
