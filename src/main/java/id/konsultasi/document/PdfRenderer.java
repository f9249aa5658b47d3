package id.konsultasi.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template ({@code templates/documents/...}) to a PDF: the same template gives the
 * printable page and the PDF, so they always say the same.
 * <p>
 * Every PDF is PDF/A-3b, fit to archive: its fonts embedded (as subsets), an sRGB output intent
 * ({@code resources/color/sRGB.icc}), its title, subject, author and keywords (the template's {@code <title>} and
 * {@code <meta name="subject|author|keywords">}) in the document information and the XMP metadata, tagged for
 * screen readers (PDF/UA structure). Templates set their text in Liberation Sans (metric-compatible with Helvetica,
 * bundled in {@code resources/fonts}); PDF/A forbids the unembedded standard fonts, so openhtmltopdf no longer
 * loads them, and the one it still prepares for interactive forms (Helvetica, never drawn) is measured with the
 * bundled Liberation Sans ({@link StandardFontStandIns}): no font warning in the log. Whatever else people type (a name such as
 * "Nguyễn", a check mark, an emoji) is drawn from the bundled fallback fonts (DejaVu Sans, Noto Emoji):
 * without them it would print as "#".
 */
@Component
public class PdfRenderer {

    /** Official documents are in Bahasa Indonesia. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** The family the templates write in ({@code documents/pdf :: pageStyle}). */
    private static final List<BundledFont> BODY_FONTS = List.of(
            new BundledFont("fonts/LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL),
            new BundledFont("fonts/LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL),
            new BundledFont("fonts/LiberationSans-Italic.ttf", "Liberation Sans", 400, FontStyle.ITALIC));

    /** The fonts tried, in this order, for a character that the template's own font lacks. */
    private static final List<BundledFont> FALLBACK_FONTS = List.of(
            new BundledFont("fonts/DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new BundledFont("fonts/DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
            new BundledFont("fonts/NotoEmoji-Regular.ttf", "Noto Emoji", 400, FontStyle.NORMAL));

    /** The output intent of every PDF/A: sRGB IEC 61966-2.1. */
    private static final byte[] SRGB = read("color/sRGB.icc");

    /**
     * A number such as "KONS/BTN/2026/000001", "0001/SJ/BTN/2026" or "045/LSM-PAB/XI/2026": a line may break at
     * its slashes, so wherever it stands (a table cell, a sentence of the office's own letter text) it is kept on
     * one line. Not a part of an address ("https://...", "/lacak/..."), and never longer than a line.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w/:.-])[A-Z0-9][A-Z0-9.-]*(?:/[A-Za-z0-9.-]*[A-Za-z0-9])+(?![\\w/])");
    private static final int LONGEST_NUMBER = 40;

    static {
        FontMappers.set(new StandardFontStandIns(FontMappers.instance(), BODY_FONTS.get(0).bytes(),
                BODY_FONTS.get(1).bytes(), BODY_FONTS.get(2).bytes()));
    }

    private final ITemplateEngine templates;
    private final FontMetrics fontMetrics = new FontMetrics();

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
        // openhtmltopdf writes every step to java.util.logging at INFO; problems surface as exceptions
        XRLog.setLoggingEnabled(false);
    }

    /** A bundled font, read once; openhtmltopdf loads it only for a document that needs one of its glyphs. */
    private record BundledFont(String resource, String family, int weight, FontStyle style, byte[] bytes) {

        BundledFont(String resource, String family, int weight, FontStyle style) {
            this(resource, family, weight, style, read(resource));
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
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
        keepNumbersWhole(parsed.body());
        List<BodyFont> bodyFonts = new ArrayList<>();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.usePdfAConformance(PdfAConformance.PDFA_3_B);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(SRGB);
            builder.useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics);
            for (BundledFont font : BODY_FONTS) {
                BodyFont body = new BodyFont(document, font.bytes());
                bodyFonts.add(body);
                builder.useFont(body, font.family(), font.weight(), font.style(), true);
            }
            for (BundledFont font : FALLBACK_FONTS) {
                builder.useFont(() -> new ByteArrayInputStream(font.bytes()), font.family(), font.weight(),
                        font.style(), true, EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(parsed), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        } finally {
            bodyFonts.forEach(BodyFont::close);
        }
    }

    /**
     * A body font of one document, read from its bundled bytes when the document first sets text in it, with its
     * glyph substitutions (GSUB) off. PDFBox rebuilt a regular expression of the font's substitutions for every line
     * it drew, for nothing here: a page of Indonesian text with "fi", "ffl", "ti", quotes and dashes renders pixel for
     * pixel as before. A receipt-sized document: 107 ms before, 40 ms after, in a test JVM. A fallback font keeps its
     * substitutions: the scripts it is there for may need them.
     */
    private static final class BodyFont extends PDFontSupplier {

        private final PDDocument document;
        private final byte[] bytes;
        private TrueTypeFont parsed;
        private PDFont font;

        BodyFont(PDDocument document, byte[] bytes) {
            super(null);
            this.document = document;
            this.bytes = bytes;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    parsed = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                    parsed.setEnableGsub(false);
                    font = PDType0Font.load(document, parsed, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("a bundled font cannot be read", e);
                }
            }
            return font;
        }

        void close() {
            if (parsed != null) {
                try {
                    parsed.close();
                } catch (IOException ignored) {
                    // an in-memory font: nothing is left open
                }
            }
        }
    }

    /**
     * The bundled fonts' metrics, measured once (openhtmltopdf's font metrics store): without them every document
     * parsed every bundled font it might fall back to (DejaVu Sans, Noto Emoji: 2.3 MB) only to measure its lines.
     * A font is now parsed when the document draws with it: the 48 documents of {@code OfficialDocumentsTests} opened
     * each fallback font 48 times before, now 3 to 9 times. The keys are the bundled families, weights and styles.
     */
    private static final class FontMetrics implements FSCacheEx<String, FSCacheValue> {

        private final Map<String, FSCacheValue> measured = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            measured.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> measure) {
            return measured.computeIfAbsent(key, k -> {
                try {
                    return measure.call();
                } catch (Exception e) {
                    throw new IllegalStateException("a bundled font cannot be measured", e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return measured.get(key);
        }
    }

    /** Wraps every {@link #NUMBER} of the text in a span that does not break. */
    static void keepNumbersWhole(Element root) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && NUMBER.matcher(text.getWholeText()).find()) {
                texts.add(text);
            }
        }, root);
        for (TextNode text : texts) {
            String whole = text.getWholeText();
            Matcher m = NUMBER.matcher(whole);
            List<Node> parts = new ArrayList<>();
            int at = 0;
            while (m.find()) {
                if (m.end() - m.start() > LONGEST_NUMBER) {
                    continue;
                }
                if (m.start() > at) {
                    parts.add(new TextNode(whole.substring(at, m.start())));
                }
                parts.add(new Element("span").attr("style", "white-space: nowrap").text(m.group()));
                at = m.end();
            }
            if (at == 0) {
                continue;
            }
            if (at < whole.length()) {
                parts.add(new TextNode(whole.substring(at)));
            }
            for (Node part : parts) {
                text.before(part);
            }
            text.remove();
        }
    }
}
