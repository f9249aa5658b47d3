package id.konsultasi.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import id.konsultasi.request.ApplicantType;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Spreadsheets;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The guest book of a day or a range: searched, printed and exported; the time waited counts until the
 * guest was led to the meeting room, against each office's own limit.
 */
@IntegrationTest
class GuestBookTests {

    /** Monday 2 March 2026 (a working day in both offices), long enough ago that no other test writes on it. */
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    DeskService desk;
    @Autowired
    GuestBookService guestBook;
    @Autowired
    JdbcTemplate jdbc;

    /** A guest who arrived on {@link #DAY} at the given time and was led in after {@code waited} minutes. */
    long guestOn(String office, String zone, String name, String purpose, LocalTime arrived, int waited) {
        long id = desk.registerWalkIn(Staff.principal(users, "piket." + office), new DeskService.WalkIn(
                UUID.randomUUID().toString(), new Guest(name, null, "+6281234567890", "7404011203850001", true,
                purpose), VisitKind.OTHER, ApplicantType.PERSON, null, null, null, null, false, null));
        Instant arrival = ZonedDateTime.of(DAY, arrived, ZoneId.of(zone)).toInstant();
        jdbc.update("update guest_visit set arrived_at = ?, served_at = ?, left_at = ? where id = ?",
                java.sql.Timestamp.from(arrival), java.sql.Timestamp.from(arrival.plusSeconds(waited * 60L)),
                java.sql.Timestamp.from(arrival.plusSeconds((waited + 30) * 60L)), id);
        return id;
    }

    @Test
    void theBookOfADayListsItsGuestsWithTheTimeTheyWaitedAgainstTheLimit() throws Exception {
        String name = "La Ode Buku " + UUID.randomUUID().toString().substring(0, 6);
        guestOn("buton", "Asia/Makassar", name, "Menyerahkan berkas", LocalTime.of(9, 0), 70);
        Document page = Jsoup.parse(mvc.perform(get("/staf/piket/buku-tamu").param("dari", DAY.toString())
                        .param("q", name).with(Staff.as(users, "piket.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#guest-book tbody tr")).hasSize(1);
        assertThat(page.select("#guest-book tbody tr").text()).contains(name, "09:00", "10:10", "Melewati batas",
                "70 menit menunggu", "************0001", "Menyerahkan berkas");
        assertThat(page.select("#guest-count").text()).startsWith("1 tamu, 2 Maret 2026");

        // searched by phone, the way people say it
        String byPhone = mvc.perform(get("/staf/piket/buku-tamu").param("dari", DAY.toString())
                .param("q", "0812-3456-7890").with(Staff.as(users, "piket.buton"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(byPhone).contains(name);
        // the other office's book does not know the guest
        String foreign = mvc.perform(get("/staf/piket/buku-tamu").param("dari", DAY.toString())
                .with(Staff.as(users, "piket.babel"))).andReturn().getResponse().getContentAsString();
        assertThat(foreign).doesNotContain(name);
    }

    @Test
    void theCsvOpensInASpreadsheetWithEveryCellWhole() throws Exception {
        String name = "Siti \"Ucu\"; Rahma " + UUID.randomUUID().toString().substring(0, 6);
        guestOn("babel", "Asia/Jakarta", name, "Konsultasi; lalu\nmenyerahkan surat", LocalTime.of(10, 0), 20);
        var response = mvc.perform(get("/staf/piket/buku-tamu.csv").param("dari", DAY.toString())
                        .param("sampai", DAY.toString()).with(Staff.as(users, "sekretariat.babel")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "buku-tamu-2026-03-02.csv");

        List<List<String>> rows = Spreadsheets.csv(response.getContentAsByteArray());
        List<String> header = rows.get(0);
        assertThat(header).startsWith("No.", "Datang (WIB)", "Nama", "Instansi", "Telepon", "NIK");
        List<String> row = rows.stream().filter(r -> r.contains(name)).findFirst().orElseThrow();
        assertThat(row).hasSameSizeAs(header);
        assertThat(row.get(header.indexOf("Datang (WIB)"))).isEqualTo("2026-03-02 10:00");
        assertThat(row.get(header.indexOf("Telepon"))).isEqualTo("0812 3456 7890");
        assertThat(row.get(header.indexOf("NIK"))).isEqualTo("************0001");
        assertThat(row.get(header.indexOf("Keperluan"))).isEqualTo("Konsultasi; lalu\nmenyerahkan surat");
        assertThat(row.get(header.indexOf("Diantar ke ruang rapat (WIB)"))).isEqualTo("2026-03-02 10:20");
        assertThat(row.get(header.indexOf("Lama menunggu (menit kerja)"))).isEqualTo("20");
        assertThat(row.get(header.indexOf("Batas standar (menit)"))).isEqualTo("30");
        assertThat(row.get(header.indexOf("Ketepatan waktu"))).isEqualTo("Tepat waktu");
        assertThat(rows).noneMatch(r -> String.join(" ", r).contains("Buton"));
    }

    @Test
    void theBookOfARangePrintsWithTheLetterhead() throws Exception {
        String name = "Wa Ode Cetak " + UUID.randomUUID().toString().substring(0, 6);
        guestOn("buton", "Asia/Makassar", name, "Meminta data", LocalTime.of(13, 15), 40);
        var response = mvc.perform(get("/staf/piket/buku-tamu.pdf").param("dari", DAY.minusDays(3).toString())
                        .param("sampai", DAY.toString()).param("q", name).with(Staff.as(users, "piket.buton")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        String text = Pdfs.text(response.getContentAsByteArray());
        assertThat(text).contains("Buku Tamu", "DINAS SOSIAL", name, "Meminta data", "13:55", "Tepat waktu",
                "27 Februari 2026 - 2 Maret 2026", "60 menit");
    }

    @Test
    void theNikTypedAtTheDeskIsDeletedAfterTheRetentionPeriodWhileTheEntryStays() {
        long old = guestOn("buton", "Asia/Makassar", "Tamu Lama " + UUID.randomUUID().toString().substring(0, 6),
                "Arsip", LocalTime.of(9, 0), 5);
        long recent = guestOn("buton", "Asia/Makassar", "Tamu Baru " + UUID.randomUUID().toString().substring(0, 6),
                "Arsip", LocalTime.of(9, 0), 5);
        java.time.Instant now = TestClock.INSTANCE.instant();
        jdbc.update("update guest_visit set arrived_at = ? where id = ?",
                java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(800))), old);
        jdbc.update("update guest_visit set arrived_at = ? where id = ?",
                java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(10))), recent);

        guestBook.forgetOldNiks();
        assertThat(jdbc.queryForMap("select nik_encrypted, nik_last4, nik_purged_at from guest_visit where id = ?", old))
                .containsEntry("nik_encrypted", null).containsEntry("nik_last4", "0001")
                .extractingByKey("nik_purged_at").isNotNull();
        assertThat(jdbc.queryForObject("select nik_encrypted is not null from guest_visit where id = ?", Boolean.class,
                recent)).isTrue();
    }
}
