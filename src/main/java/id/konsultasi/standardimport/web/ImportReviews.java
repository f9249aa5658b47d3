package id.konsultasi.standardimport.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import id.konsultasi.office.ComplaintChannelKind;
import id.konsultasi.office.InternalComponent;
import id.konsultasi.office.InternalComponents;
import id.konsultasi.office.Requirement;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.office.web.StandardForm;
import id.konsultasi.standardimport.ParsedStandard;
import id.konsultasi.standardimport.StandardImport;
import id.konsultasi.standardimport.StandardParser;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The review both import pages show: the source text line by line with the lines the parser could not place marked,
 * the warnings in words, and what was understood (a field the text does not carry is shown as missing).
 */
@Component
class ImportReviews {

    /** Components a warning names by their constant. */
    private static final Set<ParsedStandard.WarningKind> NAMING_COMPONENTS = Set.of(
            ParsedStandard.WarningKind.MISSING_COMPONENT, ParsedStandard.WarningKind.REPEATED_COMPONENT);

    private final StandardParser parser;
    private final MessageSource messages;

    ImportReviews(StandardParser parser, MessageSource messages) {
        this.parser = parser;
        this.messages = messages;
    }

    /** One line of the source, numbered as the parser numbers it (from 1, blank lines counted). */
    record SourceLine(int number, String text, boolean unrecognised) {
    }

    /** A warning in the reader's language, with the line it concerns (null: the whole text). */
    record ShownWarning(Integer line, String text) {
    }

    ParsedStandard parse(String text) {
        return parser.parse(text);
    }

    /** The standard as understood, with the workflow switches the text does not carry, ready to be corrected. */
    StandardForm standardForm(long version, ParsedStandard parsed, ServiceStandard.WorkflowSwitches switches) {
        return StandardForm.of(version, parsed.toRevision(switches));
    }

    /** Refuses a text whose internal components or pledge are longer than the office stores. */
    void checkStorable(ParsedStandard parsed, BindingResult result) {
        if (!StandardImport.fitsStorage(parsed)) {
            result.reject("import.internal.tooLong",
                    new Object[] {InternalComponents.ITEM_MAX, InternalComponents.PLEDGE_MAX}, null);
        }
    }

    /** Puts the review of the text on the page. */
    void show(Model model, String text, ParsedStandard parsed, Locale locale) {
        Set<Integer> unplaced = parsed.unrecognised().stream().map(ParsedStandard.Unrecognised::line)
                .collect(Collectors.toSet());
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        model.addAttribute("parsed", parsed);
        model.addAttribute("lines", IntStream.range(0, raw.length)
                .mapToObj(index -> new SourceLine(index + 1, raw[index], unplaced.contains(index + 1))).toList());
        model.addAttribute("warnings", warnings(parsed, locale));
        model.addAttribute("appliesTo", Requirement.AppliesTo.values());
        model.addAttribute("channelKinds", ComplaintChannelKind.values());
        model.addAttribute("internal", parsed.internalComponents());
        model.addAttribute("internalKinds", InternalComponent.values());
        model.addAttribute("pledgeParagraphs",
                parsed.pledge() == null ? List.of() : List.of(parsed.pledge().split("\n\n")));
    }

    private List<ShownWarning> warnings(ParsedStandard parsed, Locale locale) {
        return parsed.warnings().stream().map(warning -> {
            // a kind or component the parser learns later shows its own name until it has its words
            Object detail = NAMING_COMPONENTS.contains(warning.kind()) ? new DefaultMessageSourceResolvable(
                    new String[] {"import.component." + warning.detail(), "standard.internal." + warning.detail()},
                    warning.detail()) : warning.detail();
            String text = messages.getMessage(new DefaultMessageSourceResolvable(
                    new String[] {"import.warning." + warning.kind().name()}, new Object[] {detail},
                    warning.kind().name() + (warning.detail() == null ? "" : ": " + warning.detail())), locale);
            return new ShownWarning(warning.line() > 0 ? warning.line() : null, text);
        }).toList();
    }

    /** A website the header names without its scheme ("dinsos.babelprov.go.id") as the profile stores it. */
    static String website(String website) {
        return website == null || website.matches("(?i)^https?://.*") ? website : "https://" + website;
    }
}
