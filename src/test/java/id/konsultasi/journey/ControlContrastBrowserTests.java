package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.konsultasi.request.Receipt;
import id.konsultasi.support.Browser;
import id.konsultasi.support.RequestJourneys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * WCAG 1.4.11 and 2.4.7, which axe-core does not check: in Chromium on a 390 px phone, every visible control of the
 * request form, the satisfaction survey and the staff sign-in (inputs, selects, text areas, radios, checkboxes) has a
 * border of at least 3:1 against what surrounds it, and a focused control a ring (outline or box shadow) of at least
 * 3:1 and 2 px. The colours are the browser's computed ones; the contrast maths is WCAG's, written out below.
 */
class ControlContrastBrowserTests extends BrowserJourney {

    static final double NON_TEXT_CONTRAST = 3.0;
    static final double RING_WIDTH_PX = 2.0;

    @Autowired
    RequestJourneys journeys;

    @Test
    void everyControlACitizenOrOfficerMeetsHasAVisibleBorderAndFocusRing() {
        Receipt receipt = journeys.closed("buton", "Siti Hajar", "hajar.kontras@contoh.id");
        browser = Browser.start(390, 844);

        for (String path : List.of("/kantor/buton/ajukan", "/lacak/" + receipt.trackingToken() + "/survei", "/masuk")) {
            browser.get(url(path));
            List<Map<String, Object>> controls = controls();
            assertThat(controls).as("visible controls on " + path).isNotEmpty();
            List<String> faint = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            for (Map<String, Object> control : controls) {
                Rgb around = Rgb.over(layers(control.get("around")));
                for (String side : List.of("Top", "Right", "Bottom", "Left")) {
                    double width = ((Number) control.get("border" + side + "Width")).doubleValue();
                    Rgb border = Rgb.parse((String) control.get("border" + side + "Color")).over(around);
                    double ratio = contrast(border, around);
                    if (width < 1 || ratio < NON_TEXT_CONTRAST) {
                        faint.add("%s: %s border %s px %s on %s, %.2f:1".formatted(control.get("name"),
                                side.toLowerCase(), width, border, around, ratio));
                        break;
                    }
                }
                // one control of each kind is focused: text field, radio, checkbox, select, text area
                String kind = (String) control.get("kind");
                if (!kinds.contains(kind)) {
                    kinds.add(kind);
                    String ring = focusRing(((Number) control.get("index")).intValue(), around);
                    if (ring != null) {
                        faint.add("%s focused: %s".formatted(control.get("name"), ring));
                    }
                }
            }
            assertThat(faint).as("controls on " + path + " (WCAG 1.4.11, 2.4.7)").isEmpty();
        }
    }

    /** The page's visible, enabled controls in the main area, with their computed borders and surroundings. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> controls() {
        return (List<Map<String, Object>>) browser.executeScript(LAYERS + """
                const all = Array.from(document.querySelectorAll(
                    'main input:not([type=hidden]):not([type=submit]):not([type=button]), main select, main textarea'));
                return all.map((e, index) => ({e, index})).filter(({e}) => {
                    const box = e.getBoundingClientRect();
                    return !e.disabled && box.width >= 2 && box.height >= 2
                        && getComputedStyle(e).visibility !== 'hidden';
                }).map(({e, index}) => {
                    const s = getComputedStyle(e);
                    return {index, name: e.tagName.toLowerCase() + '#' + (e.id || e.name),
                        kind: e.tagName === 'INPUT' && ['radio', 'checkbox'].includes(e.type) ? e.type : e.tagName,
                        borderTopWidth: parseFloat(s.borderTopWidth), borderTopColor: s.borderTopColor,
                        borderRightWidth: parseFloat(s.borderRightWidth), borderRightColor: s.borderRightColor,
                        borderBottomWidth: parseFloat(s.borderBottomWidth), borderBottomColor: s.borderBottomColor,
                        borderLeftWidth: parseFloat(s.borderLeftWidth), borderLeftColor: s.borderLeftColor,
                        around: layers(e.parentElement)};
                });
                """);
    }

    /** The background colours from an element outwards, down to the first opaque one. */
    static final String LAYERS = """
            function layers(n) {
                const found = [];
                for (; n; n = n.parentElement) {
                    const c = getComputedStyle(n).backgroundColor;
                    found.push(c);
                    if (!c.startsWith('rgba') || c.endsWith(', 1)')) {
                        break;
                    }
                }
                return found;
            }
            """;

    /** Focuses the control and answers what is wrong with its ring, or null when it is clearly visible. */
    @SuppressWarnings("unchecked")
    String focusRing(int index, Rgb around) {
        Map<String, Object> ring = (Map<String, Object>) browser.executeScript("""
                const e = document.querySelectorAll(
                    'main input:not([type=hidden]):not([type=submit]):not([type=button]), main select, main textarea')[arguments[0]];
                e.scrollIntoView({block: 'center', behavior: 'instant'});
                e.focus();
                const s = getComputedStyle(e);
                return {focused: document.activeElement === e, outlineStyle: s.outlineStyle,
                    outlineWidth: parseFloat(s.outlineWidth), outlineColor: s.outlineColor, boxShadow: s.boxShadow};
                """, index);
        assertThat(ring.get("focused")).as("focus moved to control " + index).isEqualTo(true);
        double best = 0;
        String seen = "";
        double outlineWidth = ((Number) ring.get("outlineWidth")).doubleValue();
        if (!"none".equals(ring.get("outlineStyle")) && outlineWidth >= RING_WIDTH_PX) {
            Rgb outline = Rgb.parse((String) ring.get("outlineColor")).over(around);
            best = contrast(outline, around);
            seen = "outline " + outline + " " + outlineWidth + " px";
        }
        for (Shadow shadow : Shadow.parse((String) ring.get("boxShadow"))) {
            Rgb colour = shadow.colour().over(around);
            double ratio = contrast(colour, around);
            if (shadow.spread() >= RING_WIDTH_PX && !shadow.inset() && ratio > best) {
                best = ratio;
                seen = "box shadow " + colour + " " + shadow.spread() + " px";
            }
        }
        if (best >= NON_TEXT_CONTRAST) {
            return null;
        }
        return "ring %s, %.2f:1 on %s (outline %s %s %s, box shadow %s)".formatted(seen, best, around,
                ring.get("outlineStyle"), outlineWidth, ring.get("outlineColor"), ring.get("boxShadow"));
    }

    @SuppressWarnings("unchecked")
    static List<Rgb> layers(Object computed) {
        return ((List<String>) computed).stream().map(Rgb::parse).toList();
    }

    /** WCAG 2.x contrast ratio: (lighter luminance + 0.05) / (darker luminance + 0.05). */
    static double contrast(Rgb a, Rgb b) {
        double la = a.luminance();
        double lb = b.luminance();
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** A computed CSS colour, 0-255 per channel and an alpha of 0-1. */
    record Rgb(double r, double g, double b, double alpha) {

        static final Pattern COLOUR = Pattern.compile(
                "rgba?\\(\\s*([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\s*\\)");
        static final Rgb WHITE = new Rgb(255, 255, 255, 1);

        static Rgb parse(String css) {
            if ("transparent".equals(css)) {
                return new Rgb(0, 0, 0, 0);
            }
            Matcher m = COLOUR.matcher(css);
            assertThat(m.find()).as("a computed colour: " + css).isTrue();
            return new Rgb(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), m.group(4) == null ? 1 : Double.parseDouble(m.group(4)));
        }

        /** The colours from the nearest outwards, composed over each other and over a white canvas. */
        static Rgb over(List<Rgb> layers) {
            Rgb result = WHITE;
            for (int i = layers.size() - 1; i >= 0; i--) {
                result = layers.get(i).over(result);
            }
            return result;
        }

        /** This colour painted over an opaque one (source-over alpha compositing). */
        Rgb over(Rgb below) {
            return new Rgb(alpha * r + (1 - alpha) * below.r, alpha * g + (1 - alpha) * below.g,
                    alpha * b + (1 - alpha) * below.b, 1);
        }

        /** WCAG relative luminance of the sRGB colour. */
        double luminance() {
            return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        }

        static double linear(double channel) {
            double c = channel / 255;
            return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }

        @Override
        public String toString() {
            return "rgb(%.0f, %.0f, %.0f)".formatted(r, g, b);
        }
    }

    /** One shadow of a computed box-shadow, such as {@code rgba(13, 110, 253, 0.25) 0px 0px 0px 4px}. */
    record Shadow(Rgb colour, double spread, boolean inset) {

        static final Pattern ONE = Pattern.compile("(rgba?\\([^)]*\\))((?:\\s+-?[\\d.]+px)+)(\\s+inset)?");

        static List<Shadow> parse(String css) {
            List<Shadow> shadows = new ArrayList<>();
            Matcher m = ONE.matcher(css == null ? "" : css);
            while (m.find()) {
                String[] lengths = m.group(2).trim().split("\\s+");
                double spread = lengths.length >= 4 ? Double.parseDouble(lengths[3].replace("px", "")) : 0;
                shadows.add(new Shadow(Rgb.parse(m.group(1)), spread, m.group(3) != null));
            }
            return shadows;
        }
    }
}
