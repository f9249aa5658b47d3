package id.konsultasi.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a mail from two templates, {@code templates/mail/<name>.html} and {@code templates/mail/<name>.txt}
 * (plain text), in the recipient's language: an applicant's mail in the language of the form they used
 * ({@code request.Applicant.getLocale()}), a staff mail in Bahasa Indonesia, the language of the office's
 * correspondence. The subject is the message {@code mail.<name in camelCase>.subject} (template
 * {@code tracking-link}: {@code mail.trackingLink.subject}); the templates read it as {@code ${subject}}.
 */
@Component
public class MailComposer {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final ITemplateEngine html;
    private final SpringTemplateEngine text;
    private final MessageSource messages;

    MailComposer(ITemplateEngine html, MessageSource messages) {
        this.html = html;
        this.messages = messages;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        this.text = new SpringTemplateEngine();
        this.text.setTemplateResolver(resolver);
        this.text.setTemplateEngineMessageSource(messages);
    }

    /** A mail in Bahasa Indonesia: a staff mail, or one to someone whose language is not known. */
    public OutgoingMail compose(Long officeId, Long requestId, String kind, String to, String template,
                                Object[] subjectArguments, Map<String, Object> model,
                                List<OutgoingMail.Attachment> attachments) {
        return compose(officeId, requestId, kind, to, template, subjectArguments, model, attachments, INDONESIAN);
    }

    /** A mail in the recipient's language: subject, texts and footer resolved in {@code locale}. */
    public OutgoingMail compose(Long officeId, Long requestId, String kind, String to, String template,
                                Object[] subjectArguments, Map<String, Object> model,
                                List<OutgoingMail.Attachment> attachments, Locale locale) {
        String subject = messages.getMessage("mail." + camelCase(template) + ".subject", subjectArguments, locale);
        Context context = new Context(locale, model);
        context.setVariable("subject", subject);
        return new OutgoingMail(officeId, requestId, kind, to, subject, text.process("mail/" + template, context),
                html.process("mail/" + template, context), attachments);
    }

    static String camelCase(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
