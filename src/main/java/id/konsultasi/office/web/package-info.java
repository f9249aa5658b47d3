/**
 * The office's pages. Its forms of the standard and of the profile are open to other modules ({@code office :: forms}):
 * the standard import prefills them from a published text, so that an imported standard is checked by the same rules
 * as one typed in.
 */
@NamedInterface("forms")
package id.konsultasi.office.web;

import org.springframework.modulith.NamedInterface;
