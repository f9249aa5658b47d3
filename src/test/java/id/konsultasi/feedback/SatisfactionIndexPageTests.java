package id.konsultasi.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Spreadsheets;
import id.konsultasi.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The IKM page of an office for a period shows the official recap table with figures this test
 * recomputes on its own from the answers it stored, in the office's time zone; the CSV and XLSX say the same.
 */
@IntegrationTest
class SatisfactionIndexPageTests {

    /** Answers given on the chosen day (office time), U1..U9. */
    static final List<int[]> IN_PERIOD = List.of(
            new int[]{4, 3, 3, 4, 3, 4, 4, 3, 3},
            new int[]{3, 3, 2, 4, 3, 3, 3, 2, 3},
            new int[]{4, 4, 3, 4, 4, 4, 4, 3, 4},
            new int[]{2, 3, 3, 4, 3, 3, 3, 3, 2});
    static final String[] NAMES = {"Persyaratan", "Sistem, mekanisme dan prosedur", "Waktu penyelesaian",
            "Biaya/tarif", "Produk spesifikasi jenis pelayanan", "Kompetensi pelaksana", "Perilaku pelaksana",
            "Sarana dan prasarana", "Penanganan pengaduan, saran dan masukan"};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Offices offices;
    @Autowired
    UserDetailsService users;

    Office buton;
    LocalDate day;
    String comment;

    void insert(long officeId, ZonedDateTime at, int[] u, String comment, String sex) {
        jdbc.update("""
                insert into survey_response (office_id, source, idempotency_key, answered_at, u1, u2, u3, u4, u5, u6,
                                             u7, u8, u9, comment, sex)
                values (?, 'KIOSK', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", officeId, UUID.randomUUID().toString(),
                Timestamp.from(at.toInstant()), u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], comment, sex);
    }

    /** A day of its own, long ago, so that no other test's answers fall in it. */
    @BeforeEach
    void answersOnADayOfTheirOwn() {
        buton = offices.findByCode("buton").orElseThrow();
        day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 7000));
        ZoneId wita = buton.zone();
        jdbc.update("delete from survey_response where answered_at >= ? and answered_at < ?",
                Timestamp.from(day.minusDays(1).atStartOfDay(wita).toInstant()),
                Timestamp.from(day.plusDays(2).atStartOfDay(wita).toInstant()));
        comment = "Antrean cepat " + UUID.randomUUID();
        insert(buton.getId(), day.atTime(9, 0).atZone(wita), IN_PERIOD.get(0), comment, "FEMALE");
        insert(buton.getId(), day.atTime(11, 30).atZone(wita), IN_PERIOD.get(1), null, "MALE");
        insert(buton.getId(), day.atTime(15, 59).atZone(wita), IN_PERIOD.get(2), null, null);
        // 00:30 WITA is still the previous day in UTC: it belongs to this day for Buton
        insert(buton.getId(), day.atTime(0, 30).atZone(wita), IN_PERIOD.get(3), null, "FEMALE");
        // 00:30 WITA the next day is still this day in UTC and WIB: it does not belong to this day for Buton
        insert(buton.getId(), day.plusDays(1).atTime(0, 30).atZone(wita), new int[]{1, 1, 1, 1, 1, 1, 1, 1, 1}, null, null);
    }

    /** The expected figures, recomputed here from the answers: sums, NRR to 3 decimals, IKM to 2. */
    record Expected(long[] sums, BigDecimal[] nrr, BigDecimal ikm, String grade) {
        static Expected of(List<int[]> answers) {
            long[] sums = new long[9];
            answers.forEach(a -> {
                for (int i = 0; i < 9; i++) {
                    sums[i] += a[i];
                }
            });
            BigDecimal n = BigDecimal.valueOf(answers.size());
            BigDecimal[] nrr = new BigDecimal[9];
            BigDecimal meanOfNrr = BigDecimal.ZERO;
            for (int i = 0; i < 9; i++) {
                nrr[i] = BigDecimal.valueOf(sums[i]).divide(n, 3, RoundingMode.HALF_UP);
                meanOfNrr = meanOfNrr.add(BigDecimal.valueOf(sums[i]).divide(n, MathContext.DECIMAL128));
            }
            meanOfNrr = meanOfNrr.divide(BigDecimal.valueOf(9), MathContext.DECIMAL128);
            BigDecimal ikm = meanOfNrr.multiply(BigDecimal.valueOf(25)).setScale(2, RoundingMode.HALF_UP);
            String grade = ikm.compareTo(new BigDecimal("88.31")) >= 0 ? "A"
                    : ikm.compareTo(new BigDecimal("76.61")) >= 0 ? "B"
                    : ikm.compareTo(new BigDecimal("65.00")) >= 0 ? "C" : "D";
            return new Expected(sums, nrr, ikm, grade);
        }
    }

    static String comma(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    @Test
    void theRecapTableShowsTheFiguresOfThePeriodInTheOfficesTimeZone() throws Exception {
        Expected expected = Expected.of(IN_PERIOD);
        Document page = Jsoup.parse(mvc.perform(get("/staf/ikm").param("dari", day.toString())
                        .param("sampai", day.toString()).with(Staff.as(users, "kadis.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#respondents").text()).isEqualTo("4");
        for (int i = 0; i < 9; i++) {
            var cells = page.select("#row-U" + (i + 1) + " > *");
            assertThat(cells.get(0).text()).isEqualTo("U" + (i + 1));
            assertThat(cells.get(1).text()).isEqualTo(NAMES[i]);
            assertThat(cells.get(2).text()).isEqualTo(String.valueOf(expected.sums()[i]));
            assertThat(cells.get(3).text()).isEqualTo(comma(expected.nrr()[i]));
        }
        assertThat(page.select("#ikm-value").text()).isEqualTo(comma(expected.ikm()));
        assertThat(page.select("#ikm-grade").text()).isEqualTo(expected.grade());
        assertThat(expected.ikm()).isEqualByComparingTo("81.25"); // 26 + 25 + 32 + 26 = 117 of 36 = 3.25 x 25
        assertThat(page.select("#ikm-grade-label").text()).isEqualTo("Baik");
        assertThat(page.select("#profile-sex").text()).contains("Perempuan 2", "Laki-laki 1", "Tidak disebutkan 1");
        assertThat(page.select("#comments").text()).contains(comment);
    }

    @Test
    void theCsvAndTheWorkbookSayTheSame() throws Exception {
        Expected expected = Expected.of(IN_PERIOD);
        MockHttpServletResponse csv = mvc.perform(get("/staf/ikm/ekspor.csv").param("dari", day.toString())
                        .param("sampai", day.toString()).with(Staff.as(users, "admin.buton")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("ikm-buton-" + day + "-" + day + ".csv");
        // the dialect of every export: BOM, ';' between cells, CRLF, a decimal comma (an Indonesian spreadsheet)
        List<List<String>> rows = Spreadsheets.csv(csv.getContentAsByteArray());
        assertThat(rows).contains(List.of("Kantor", "Dinas Sosial Kabupaten Buton"), List.of("Jumlah responden", "4"),
                List.of("Nilai IKM", comma(expected.ikm())), List.of("Mutu pelayanan", expected.grade(), "Baik"));
        assertThat(rows).filteredOn(row -> row.get(0).equals("U1")).singleElement().satisfies(row -> assertThat(row)
                .startsWith("U1", "Persyaratan", String.valueOf(expected.sums()[0]), comma(expected.nrr()[0])));
        assertThat(rows).filteredOn(row -> row.get(0).equals("U2")).singleElement().satisfies(row -> assertThat(row)
                .startsWith("U2", "Sistem, mekanisme dan prosedur", String.valueOf(expected.sums()[1])));
        assertThat(rows).filteredOn(row -> row.get(0).equals("U9")).singleElement().satisfies(row -> assertThat(row)
                .allSatisfy(cell -> assertThat(cell).doesNotContainPattern("\\d\\.\\d")));

        MockHttpServletResponse xlsx = mvc.perform(get("/staf/ikm/ekspor.xlsx").param("dari", day.toString())
                        .param("sampai", day.toString()).with(Staff.as(users, "kadis.buton")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(xlsx.getContentType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Map<String, String> parts = unzip(xlsx.getContentAsByteArray());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        String strings = parts.getOrDefault("xl/sharedStrings.xml", "") + sheet;
        assertThat(strings).contains("Persyaratan", "Nilai IKM", "Dinas Sosial Kabupaten Buton");
        assertThat(sheet).contains("<v>" + expected.ikm().toPlainString() + "</v>",
                "<v>" + expected.sums()[0] + "</v>", "<v>" + expected.nrr()[0].toPlainString() + "</v>");
    }

    @Test
    void anotherOfficeSeesOnlyItsOwnAnswers() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/staf/ikm").param("dari", day.toString())
                        .param("sampai", day.toString()).with(Staff.as(users, "kadis.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#respondents").text()).isEqualTo("0");
        assertThat(page.select("#no-respondents")).hasSize(1);
        assertThat(page.text()).doesNotContain(comment);
    }

    @Test
    void aPeriodOfTwoDaysCountsBoth() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/staf/ikm").param("dari", day.toString())
                        .param("sampai", day.plusDays(1).toString()).with(Staff.as(users, "admin.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#respondents").text()).isEqualTo("5");
        assertThat(page.select("#row-U1 > *").get(2).text()).isEqualTo(String.valueOf(13 + 1));
    }

    /** The parts of a workbook (a zip file, read through its central directory), as text. */
    static Map<String, String> unzip(byte[] zip) throws IOException {
        Path file = Files.createTempFile("ikm", ".xlsx");
        try {
            Files.write(file, zip);
            Map<String, String> parts = new HashMap<>();
            try (ZipFile workbook = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(workbook.entries())) {
                    parts.put(entry.getName(), new String(workbook.getInputStream(entry).readAllBytes(),
                            StandardCharsets.UTF_8));
                }
            }
            return parts;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
