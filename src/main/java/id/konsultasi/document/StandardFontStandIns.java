package id.konsultasi.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Tells PDFBox which bundled font stands in for Helvetica: Liberation Sans, made with Helvetica's metrics.
 * <p>
 * openhtmltopdf prepares the default font of an interactive form (Helvetica) for every document, even one without a
 * form, where it is never drawn nor written; PDFBox then looks for a font installed on the server to stand in for
 * it and, on a server without one, logged "Using fallback font LiberationSans for base font Helvetica" for every
 * document. Every other font goes on to PDFBox's own mapper.
 */
final class StandardFontStandIns implements FontMapper {

    private final FontMapper standard;
    private final Map<String, TrueTypeFont> standIns;

    StandardFontStandIns(FontMapper standard, byte[] regular, byte[] bold, byte[] italic) {
        this.standard = standard;
        TrueTypeFont sans = parse(regular);
        TrueTypeFont sansBold = parse(bold);
        TrueTypeFont sansItalic = parse(italic);
        this.standIns = Map.of("Helvetica", sans, "Helvetica-Bold", sansBold, "Helvetica-Oblique", sansItalic,
                "Helvetica-BoldOblique", sansBold);
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException("a bundled font cannot be read", e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        TrueTypeFont standIn = standIns.get(baseFont);
        return standIn != null ? new FontMapping<>(standIn, false) : standard.getTrueTypeFont(baseFont, descriptor);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        TrueTypeFont standIn = standIns.get(baseFont);
        return standIn != null ? new FontMapping<>(standIn, false) : standard.getFontBoxFont(baseFont, descriptor);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return standard.getCIDFont(baseFont, descriptor, systemInfo);
    }
}
