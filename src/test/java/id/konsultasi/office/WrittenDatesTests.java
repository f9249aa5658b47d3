package id.konsultasi.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

/** A day and time as a mail writes it: in the reader's language, in the office's own time zone. */
class WrittenDatesTests {

    static final Locale ENGLISH = Locale.forLanguageTag("en");

    final WrittenDates dates = new WrittenDates(messages());
    final Office buton = new Office("uji", new OfficeProfile("Dinas Sosial", "Pemerintah", "Jalan", null, null, null,
            ZoneId.of("Asia/Makassar"), LocalTime.of(8, 0), LocalTime.of(16, 0), "UJI"));
    /** Wednesday 11 November 2026, 09.00 WIB: 10.00 in Buton. */
    final Instant moment = LocalDateTime.of(2026, 11, 11, 9, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant();

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void indonesianReadersReadTheDayAndPukulInTheOfficesZone() {
        assertThat(dates.dayAndTime(moment, buton, WrittenDates.INDONESIAN))
                .isEqualTo("Rabu, 11 November 2026 pukul 10.00 WITA");
        assertThat(dates.dayAndTimes(moment, moment.plusSeconds(5400), buton, WrittenDates.INDONESIAN))
                .isEqualTo("Rabu, 11 November 2026 pukul 10.00 - 11.30 WITA");
        assertThat(dates.zoneWrittenOut(buton, WrittenDates.INDONESIAN)).isEqualTo("Waktu Indonesia Tengah (WITA)");
    }

    @Test
    void englishReadersReadAnEnglishDayAndTime() {
        assertThat(dates.dayAndTime(moment, buton, ENGLISH)).isEqualTo("Wednesday, 11 November 2026 at 10:00 WITA");
        assertThat(dates.day(moment, buton, ENGLISH)).isEqualTo("Wednesday, 11 November 2026");
        assertThat(dates.time(moment, buton, ENGLISH)).isEqualTo("10:00");
        assertThat(dates.zoneWrittenOut(buton, ENGLISH)).isEqualTo("Central Indonesia Time (WITA)");
    }

    @Test
    void noMomentIsNoText() {
        assertThat(dates.dayAndTime(null, buton, ENGLISH)).isNull();
    }
}
