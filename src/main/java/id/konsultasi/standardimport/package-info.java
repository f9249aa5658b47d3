/**
 * Importing an office's published Standar Pelayanan: {@link id.konsultasi.standardimport.StandardParser} reads its
 * text (office header, SK number, the six published components; the internal components and the Maklumat
 * Pelayanan when the text carries them) into a
 * {@link id.konsultasi.standardimport.ParsedStandard} that keeps what it understood apart from what it did not, for
 * the administrator to review before anything is saved.
 */
@ApplicationModule(displayName = "Standard import", allowedDependencies = {"office", "office :: forms", "shared"})
package id.konsultasi.standardimport;

import org.springframework.modulith.ApplicationModule;
