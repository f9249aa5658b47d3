package id.konsultasi.desk;

import java.time.ZoneId;

import id.konsultasi.request.AgendaEntry;
import id.konsultasi.shared.Period;

import org.springframework.data.domain.Page;

/** A page of the agenda book of a period, with the office's time zone to show the moments in. */
public record AgendaBook(Period range, ZoneId zone, String zoneAbbreviation, Page<AgendaEntry> entries) {
}
