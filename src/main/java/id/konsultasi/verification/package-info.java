/**
 * Official letters anyone can verify. A letter is <em>issued</em> once ({@link id.konsultasi.verification.IssuedLetters}):
 * the first time it is produced it gets an unguessable verification code and its QR code, is signed with the office's
 * certificate when the office holds one (PAdES B-B, {@link id.konsultasi.verification.LetterSigner}), and its bytes are
 * stored; every later download or mail hands out the same bytes. The public page {@code /verifikasi/<code>} shows
 * what was issued and checks an uploaded PDF against it; the secretariat records the letter's SRIKANDI number.
 */
@ApplicationModule(displayName = "Verification", allowedDependencies = {"document", "office", "shared"})
package id.konsultasi.verification;

import org.springframework.modulith.ApplicationModule;
