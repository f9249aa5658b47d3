package id.konsultasi.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template ({@code templates/documents/...}) to a PDF: the same template gives the
 * printable page and the PDF, so they always say the same.
 * <p>
 * Templates set their text in Helvetica, whose PDF encoding knows only Western European letters. Whatever
 * else people type (a name such as "Nguyễn", a check mark, an emoji) is drawn from the fonts bundled in
 * {@code resources/fonts} (DejaVu Sans, Noto Emoji), embedded as subsets: without them it would print as "#".
 */
@Component
public class PdfRenderer {

    /** Official documents are in Bahasa Indonesia. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** The fonts tried, in this order, for a character that the template's own font lacks. */
    private static final List<FallbackFont> FALLBACK_FONTS = List.of(
            new FallbackFont("fonts/DejaVuSans.ttf", "DejaVu Sans", 400),
            new FallbackFont("fonts/DejaVuSans-Bold.ttf", "DejaVu Sans", 700),
            new FallbackFont("fonts/NotoEmoji-Regular.ttf", "Noto Emoji", 400));

    private final ITemplateEngine templates;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
        // openhtmltopdf writes every step to java.util.logging at INFO; problems surface as exceptions
        XRLog.setLoggingEnabled(false);
    }

    /** A bundled font, read once; openhtmltopdf loads it only for a document that needs one of its glyphs. */
    private record FallbackFont(String resource, String family, int weight, byte[] bytes) {

        FallbackFont(String resource, String family, int weight) {
            this(resource, family, weight, read(resource));
        }

        private static byte[] read(String resource) {
            try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font " + resource + " is missing from the application");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("font " + resource + " cannot be read", e);
            }
        }
    }

    public String html(String template, Map<String, Object> model) {
        return html(template, model, INDONESIAN);
    }

    public byte[] pdf(String template, Map<String, Object> model) {
        return pdf(template, model, INDONESIAN);
    }

    /** A document that is not an official letter (a receipt), in its reader's language. */
    public String html(String template, Map<String, Object> model, Locale locale) {
        return templates.process(template, new Context(locale, model));
    }

    public byte[] pdf(String template, Map<String, Object> model, Locale locale) {
        return pdfOf(html(template, model, locale));
    }

    public byte[] pdfOf(String html) {
        Document parsed = Jsoup.parse(html);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (FallbackFont font : FALLBACK_FONTS) {
                builder.useFont(() -> new ByteArrayInputStream(font.bytes()), font.family(), font.weight(),
                        FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(parsed), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
    }
}
