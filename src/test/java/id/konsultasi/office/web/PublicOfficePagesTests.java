package id.konsultasi.office.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.konsultasi.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What a citizen sees: the offices, and each office's standard in its six published components. */
@IntegrationTest
class PublicOfficePagesTests {

    @Autowired
    MockMvc mvc;

    Document page(String url) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void homeListsBothOffices() throws Exception {
        Document home = page("/");
        assertThat(home.select(".card-title a").eachText())
                .contains("Dinas Sosial Kabupaten Buton",
                        "Dinas Sosial dan Pemberdayaan Masyarakat Desa Provinsi Kepulauan Bangka Belitung");
        assertThat(home.select("a[href=/kantor/buton]")).isNotEmpty();
        assertThat(home.select("html").attr("lang")).isEqualTo("id");
    }

    @Test
    void butonPageShowsItsStandardInSixComponents() throws Exception {
        Document buton = page("/kantor/buton");
        assertThat(buton.select("h2").eachText()).containsSubsequence("Persyaratan",
                "Sistem, mekanisme dan prosedur", "Jangka waktu penyelesaian", "Biaya/tarif", "Produk pelayanan",
                "Penanganan pengaduan, saran dan masukan");
        assertThat(buton.text()).contains("8 TAHUN 2023");
        assertThat(buton.select("#c-requirements ~ ol li")).hasSize(7);
        assertThat(buton.select("#c-procedure ~ ol li")).hasSize(9);
        assertThat(buton.select("#c-time ~ ul li").eachText()).containsExactly(
                "Surat jawaban disampaikan paling lambat 1 hari kerja sejak permohonan lengkap diterima.",
                "Konsultasi dilaksanakan paling lambat 3 hari kerja sejak permohonan lengkap diterima.",
                "Pemohon yang datang langsung diarahkan kepada petugas paling lambat 60 menit setelah menyampaikan maksud konsultasi.");
        assertThat(buton.text()).contains("Tidak dipungut biaya", "WITA",
                "Surat jawaban dan/atau pemberian data konsultasi yang diminta");
        assertThat(buton.select("#c-complaints ~ ul li")).hasSize(5);
        assertThat(buton.select("a[href=mailto:dinassosialbuton@gmail.com]")).isNotEmpty();
        assertThat(buton.select("a[href=https://wa.me/6285257048204]")).isNotEmpty();
        assertThat(buton.select("a[href^=https://www.lapor.go.id]")).isNotEmpty();
    }

    @Test
    void bangkaBelitungPageShowsItsOwnStandard() throws Exception {
        Document babel = page("/kantor/babel");
        assertThat(babel.text()).contains("188.4/47/DINSOSPMD/2023", "WIB", "Waktu kunjungan konsultasi",
                "Saran, masukan, pertimbangan, solusi dan rekomendasi");
        assertThat(babel.select("#c-requirements ~ ol li")).hasSize(3);
        assertThat(babel.select("#c-procedure ~ ol li")).hasSize(9);
        // only the walk-in limit is stated in its standard
        assertThat(babel.select("#c-time ~ ul li").eachText()).containsExactly(
                "Pemohon yang datang langsung diarahkan kepada petugas paling lambat 30 menit setelah menyampaikan maksud konsultasi.");
        assertThat(babel.select("a[href=https://dinsospmd.babelprov.go.id/]")).isNotEmpty();
    }

    @Test
    void theEnglishSwitchTranslatesThePageButNotTheOfficesOwnText() throws Exception {
        String html = mvc.perform(get("/kantor/buton").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h2").eachText()).contains("Requirements", "Completion time", "Fee");
        assertThat(page.text()).contains("Tidak dipungut biaya");
    }

    @Test
    void eachDemoOfficeShowsItsMaklumatPelayananButNotItsInternalComponents() throws Exception {
        for (String code : java.util.List.of("buton", "babel")) {
            Document page = page("/kantor/" + code);
            assertThat(page.select("#pledge").text()).isEqualTo("Maklumat Pelayanan");
            assertThat(page.select(".service-pledge p").first().text()).startsWith("Dengan ini, kami menyatakan sanggup "
                    + "menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan");
            // the internal components (legal basis, staff, ...) are the office's own management: not published
            assertThat(page.text()).doesNotContain("Dasar hukum", "Nomor 25 Tahun 2009", "Jumlah pelaksana");
        }
        Document english = Jsoup.parse(mvc.perform(get("/kantor/buton").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(english.select("#pledge").text()).isEqualTo("Service pledge (Maklumat Pelayanan)");
        assertThat(english.select(".service-pledge").text()).contains("Dengan ini, kami menyatakan sanggup");
    }

    @Test
    void anUnknownOfficeIsA404PageInTheLayout() throws Exception {
        String html = mvc.perform(get("/kantor/tidak-ada")).andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("Halaman tidak ditemukan");
    }
}
