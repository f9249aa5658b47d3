package id.konsultasi.desk;

import java.time.ZoneId;

import id.konsultasi.shared.Period;

import org.springframework.data.domain.Page;

/** A page of the guest book, each entry with the time the guest waited against the walk-in limit. */
public record GuestBook(Period range, String query, ZoneId zone, String zoneAbbreviation, Integer limitMinutes,
                        Page<Line> lines) {

    public record Line(GuestVisit visit, WaitingTime waited) {
    }
}
