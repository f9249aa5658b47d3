package id.konsultasi.office;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.ImageIO;

import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.upload.UploadRules;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * What an office's letterhead shows besides its name and contacts: its logo. The office administrator uploads a
 * PNG of at most 512 KB, checked by its content (Apache Tika through {@link UploadRules}, then decoded as an
 * image); anything else, an SVG among them, is refused: a PNG cannot carry a script, and the PDF/A letters embed
 * it as it is.
 */
@Service
public class Letterheads {

    /** The largest logo accepted. */
    public static final DataSize MAX_LOGO = DataSize.ofKilobytes(512);
    private static final UploadRules LOGO = new UploadRules(MAX_LOGO, "office.logo");
    private static final String PNG = "image/png";

    private final OfficeLogos logos;
    private final Clock clock;

    Letterheads(OfficeLogos logos, Clock clock) {
        this.logos = logos;
        this.clock = clock;
    }

    /**
     * Replaces the office's logo.
     *
     * @throws InputRejected for the field {@code logo}: {@code office.logo.required}, {@code .tooLarge},
     *                       {@code .type} (not a PNG that decodes as an image) or {@code .pdf} (a PDF, broken)
     */
    @Transactional
    public void uploadLogo(long officeId, byte[] content) {
        Optional<UploadRules.Refusal> refusal = LOGO.refusal(content);
        if (refusal.isPresent()) {
            throw new InputRejected("logo", LOGO.messageKey(refusal.get()));
        }
        if (!PNG.equals(UploadRules.contentType(content).orElse(null)) || !decodes(content)) {
            throw new InputRejected("logo", LOGO.messageKey(UploadRules.Refusal.TYPE));
        }
        logos.findById(officeId).ifPresentOrElse(logo -> logo.replace(PNG, content, clock.instant()),
                () -> logos.save(new OfficeLogo(officeId, PNG, content, clock.instant())));
    }

    @Transactional
    public void removeLogo(long officeId) {
        logos.deleteById(officeId);
    }

    /** The office's logo as a PNG, if it has one. */
    @Transactional(readOnly = true)
    public Optional<byte[]> logo(long officeId) {
        return logos.findById(officeId).map(OfficeLogo::content);
    }

    @Transactional(readOnly = true)
    public boolean hasLogo(long officeId) {
        return logos.existsById(officeId);
    }

    /** The office's logo as a {@code data:} URI for a letter's template, or null when it has none. */
    @Transactional(readOnly = true)
    public String logoDataUri(long officeId) {
        return logos.findById(officeId).map(logo -> "data:" + logo.mediaType() + ";base64,"
                + Base64.getEncoder().encodeToString(logo.content())).orElse(null);
    }

    private static boolean decodes(byte[] content) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            return image != null && image.getWidth() > 0 && image.getHeight() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
