package id.konsultasi.office;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Days and times as the office's mails write them, in the reader's language and the office's own time zone: "Rabu,
 * 11 November 2026 pukul 10.00 WITA", "Wednesday, 11 November 2026 at 10:00 WITA". The patterns and words are
 * messages ({@code date.day.pattern}, {@code date.time.pattern}, {@code date.dayAndTime}, {@code date.zone.<WIB|WITA|WIT>});
 * each language's formatters are made once.
 */
@Component
public class WrittenDates {

    /** The office's own language, that of its letters. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private record Formats(DateTimeFormatter day, DateTimeFormatter time) {
    }

    private final MessageSource messages;
    private final Map<Locale, Formats> formats = new ConcurrentHashMap<>();

    WrittenDates(MessageSource messages) {
        this.messages = messages;
    }

    /** "Rabu, 11 November 2026". */
    public String day(LocalDate day, Locale locale) {
        return formats(locale).day().format(day);
    }

    /** The day of the moment in the office's zone: "Wednesday, 11 November 2026". */
    public String day(Instant moment, Office office, Locale locale) {
        return formats(locale).day().format(moment.atZone(office.zone()));
    }

    /**
     * The date of a letter of the office, in its language (Indonesian), after the town it is written in:
     * "Pasarwajo, 4 Desember 2026" (the date alone for an office that has not said its town).
     */
    public String placeAndDate(Instant moment, Office office) {
        String date = DateTimeFormatter.ofPattern(messages.getMessage("date.letter.pattern", null, INDONESIAN), INDONESIAN)
                .format(moment.atZone(office.zone()));
        return office.getPlace() == null ? date
                : messages.getMessage("date.placeAndDate", new Object[]{office.getPlace(), date}, INDONESIAN);
    }

    /** The time of the moment in the office's zone, without the zone: "10.00", "10:00". */
    public String time(Instant moment, Office office, Locale locale) {
        return formats(locale).time().format(moment.atZone(office.zone()));
    }

    /** "Rabu, 11 November 2026 pukul 10.00 WITA", "Wednesday, 11 November 2026 at 10:00 WITA"; null for null. */
    public String dayAndTime(Instant moment, Office office, Locale locale) {
        return moment == null ? null : messages.getMessage("date.dayAndTime", new Object[]{day(moment, office, locale),
                time(moment, office, locale), office.getZoneAbbreviation()}, locale);
    }

    /** From a start to an end on its day: "Rabu, 11 November 2026 pukul 10.00 - 11.00 WITA". */
    public String dayAndTimes(Instant start, Instant end, Office office, Locale locale) {
        return messages.getMessage("date.dayAndTime", new Object[]{day(start, office, locale),
                time(start, office, locale) + " - " + time(end, office, locale), office.getZoneAbbreviation()}, locale);
    }

    /** The office's zone as a letter writes it out: "Waktu Indonesia Tengah (WITA)", "Central Indonesia Time (WITA)". */
    public String zoneWrittenOut(Office office, Locale locale) {
        return messages.getMessage("date.zone." + office.getZoneAbbreviation(), null,
                IndonesianTimeZones.writtenOut(office.zone()), locale);
    }

    private Formats formats(Locale locale) {
        return formats.computeIfAbsent(locale, l -> new Formats(
                DateTimeFormatter.ofPattern(messages.getMessage("date.day.pattern", null, l), l),
                DateTimeFormatter.ofPattern(messages.getMessage("date.time.pattern", null, l), l)));
    }
}
