package id.konsultasi.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template ({@code templates/documents/...}) to a PDF: the same template gives the
 * printable page and the PDF, so they always say the same.
 */
@Component
public class PdfRenderer {

    /** Official documents are in Bahasa Indonesia. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final ITemplateEngine templates;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
        // openhtmltopdf writes every step to java.util.logging at INFO; problems surface as exceptions
        XRLog.setLoggingEnabled(false);
    }

    public String html(String template, Map<String, Object> model) {
        return templates.process(template, new Context(INDONESIAN, model));
    }

    public byte[] pdf(String template, Map<String, Object> model) {
        return pdfOf(html(template, model));
    }

    public byte[] pdfOf(String html) {
        Document parsed = Jsoup.parse(html);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(parsed), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
    }
}
