/**
 * Documents the office hands out: PDFs rendered from Thymeleaf templates (receipts, letters,
 * reports) and QR codes. Used by the modules that produce them.
 */
@ApplicationModule(displayName = "Document", allowedDependencies = {})
package id.konsultasi.document;

import org.springframework.modulith.ApplicationModule;
