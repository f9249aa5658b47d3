package id.konsultasi.standardimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import id.konsultasi.demo.DemoStandards;
import id.konsultasi.office.ComplaintChannel;
import id.konsultasi.office.ComplaintChannelKind;
import id.konsultasi.office.InternalComponent;
import id.konsultasi.office.OfficeProfile;
import id.konsultasi.office.Requirement;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.standardimport.ParsedStandard.Unrecognised;
import id.konsultasi.standardimport.ParsedStandard.WarningKind;
import org.junit.jupiter.api.Test;

/**
 * The two published standards of ../shared/seeds read into what the demo offices hold, except where the demo data was
 * edited by hand (each such difference is listed here, by position); a third standard, formatted differently, read
 * with its gaps shown.
 */
class StandardParserTests {

    private static final ServiceStandard.WorkflowSwitches SWITCHES = new ServiceStandard.WorkflowSwitches(false, false,
            false, false, true);

    private final StandardParser parser = new StandardParser();

    @Test
    void butonReadsIntoTheDemoStandard() {
        ParsedStandard parsed = parse("buton");
        ServiceStandard.Revision demo = DemoStandards.standard("buton");

        assertThat(parsed.decreeNumber()).isEqualTo(demo.decreeNumber());
        assertThat(parsed.serviceName()).isEqualTo("Pelayanan konsultasi").isEqualToIgnoringCase(demo.serviceName());
        assertThat(parsed.requirements()).hasSize(7).allMatch(Requirement::isForEveryone);
        // 7: the demo spaces "penduduk / paspor / kartu"
        assertThat(differences(parsed.requirements(), demo.requirements(), Requirement::text)).containsExactly(7);
        // 4: the demo rewrites the inner enumeration; 6: "desposisi"; 8: "keruangan"
        assertThat(parsed.procedure()).hasSize(9);
        assertThat(differences(parsed.procedure(), demo.procedure(), Function.identity())).containsExactly(4, 6, 8);
        assertThat(parsed.procedure().get(3))
                .contains("secara: 1. Tatap muka langsung a. pengguna layanan datang langsung")
                .endsWith("2. daring a. pengguna layanan menerima konsultasi secara daring oleh petugas/pegawai yang "
                        + "ditugaskan sesuai dengan jadwal yang telah ditetapkan");
        assertThat(parsed.limits()).isEqualTo(demo.limits()).isEqualTo(new ServiceStandard.TimeLimits(1, 3, 60));
        assertThat(parsed.completionTime())
                .startsWith("Informasi/surat jawaban pelaksanaan konsultasi disampaikan oleh Dinas Sosial Kabupaten "
                        + "Buton maksimal 1 (satu) hari sejak surat permohonan di terima")
                .endsWith("maksimal 1 (satu) jam setelah penyampaian maksud konsultasi");
        assertThat(parsed.fee()).isEqualTo(demo.fee());
        assertThat(parsed.free()).isTrue();
        assertThat(parsed.products()).isEqualTo(demo.products());
        assertThat(parsed.complaintChannels()).extracting(ComplaintChannel::kind)
                .isEqualTo(demo.complaintChannels().stream().map(ComplaintChannel::kind).toList());
        // 1: the demo writes "Loket Pengaduan Dinas Sosial: ... Gedung C Lt. III"; 4: the demo has the full address
        assertThat(differences(parsed.complaintChannels(), demo.complaintChannels(), ComplaintChannel::value))
                .containsExactly(1, 4);
        assertThat(parsed.complaintChannels()).extracting(ComplaintChannel::value).containsExactly(
                "LOKET PENGADUAN DINAS SOSIAL: Kompleks Perkantoran Takawa, Gedung C. Lt. III", "Kotak Pengaduan",
                "dinassosialbuton@gmail.com", "lapor.go.id", "085257048204");
        assertThat(parsed.unrecognised()).isEmpty();
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void butonsHeaderIsReadAsItStands() {
        ParsedStandard.OfficeHeader office = parse("buton").office();
        OfficeProfile demo = DemoStandards.profile("buton");

        assertThat(office.phone()).isEqualTo(demo.phone());
        assertThat(office.name()).isEqualTo("Dinas Sosial");
        assertThat(office.government()).isEqualTo("Pemerintah Kab. Buton");
        assertThat(office.address()).isEqualTo("Kompleks Perkantoran Takawa, Gedung C. Lantai III 93754");
        assertThat(office.website()).isNull();
        assertThat(office.email()).as("the header has none; the complaint channels have one").isNull();
    }

    @Test
    void theRepeatedPageHeaderAndPageNumberAreDropped() {
        ParsedStandard parsed = parse("buton");

        assertThat(allTexts(parsed)).noneMatch(text -> text.contains("Pemerintah Kab. Buton")
                || text.contains("Takawa, Gedung C. Lantai III") || text.equals("0"));
        assertThat(parsed.completionTime()).startsWith("Informasi/surat jawaban");
    }

    @Test
    void bangkaBelitungReadsIntoTheDemoStandard() {
        ParsedStandard parsed = parse("babel");
        ServiceStandard.Revision demo = DemoStandards.standard("babel");

        assertThat(parsed.decreeNumber()).isEqualTo(demo.decreeNumber());
        assertThat(parsed.serviceName()).isEqualTo("Standar Layanan Konsultasi").endsWith(demo.serviceName());
        assertThat(parsed.requirements()).hasSize(3).allMatch(Requirement::isForEveryone);
        // 2: the text lists "Waktu kunjungan konsultasi dan" (the "dan" of the enumeration)
        assertThat(differences(parsed.requirements(), demo.requirements(), Requirement::text)).containsExactly(2);
        // 3, 4, 7, 8, 9: the demo lower-cases "Terkait", "Pegawai", "Petugas", "Layanan" and drops words;
        // 5: the demo closes the parenthesis
        assertThat(parsed.procedure()).hasSize(9);
        assertThat(differences(parsed.procedure(), demo.procedure(), Function.identity()))
                .containsExactly(3, 4, 5, 7, 8, 9);
        assertThat(parsed.procedure().get(1)).isEqualTo("Surat permohonan diagendakan dan diproses sesuai ketentuan "
                + "oleh Tim PKD");
        assertThat(parsed.limits()).isEqualTo(demo.limits()).isEqualTo(new ServiceStandard.TimeLimits(null, null, 30));
        assertThat(parsed.completionTime()).isEqualTo("30 Menit").isEqualToIgnoringCase(demo.completionTimeNote());
        assertThat(parsed.fee()).isEqualTo(demo.fee());
        assertThat(parsed.free()).isTrue();
        assertThat(parsed.products()).isEqualTo(demo.products());
        assertThat(parsed.unrecognised()).isEmpty();
    }

    @Test
    void bangkaBelitungsComplaintSectionIsReportedAsTheProcedureAgain() {
        ParsedStandard parsed = parse("babel");

        assertThat(parsed.complaintChannels()).isEmpty();
        assertThat(parsed.warnings()).extracting(ParsedStandard.Warning::kind, ParsedStandard.Warning::line)
                .containsExactly(tuple(WarningKind.COMPLAINTS_REPEAT_PROCEDURE, 57));
    }

    @Test
    void bangkaBelitungsHeaderIsDroppedThoughItWrapsDifferentlyOnTheSecondPage() {
        ParsedStandard parsed = parse("babel");
        OfficeProfile demo = DemoStandards.profile("babel");

        assertThat(allTexts(parsed)).noneMatch(text -> text.contains("PEMBERDAYAAN MASYARAKAT DESA")
                || text.contains("Air Itam") || text.contains("babelprov"));
        assertThat(parsed.office().name()).isEqualToIgnoringCase("Dinas Sosial dan Pemberdayaan Masyarakat Desa");
        assertThat(parsed.office().government()).isEqualTo(demo.government());
        assertThat(parsed.office().phone()).isEqualTo(demo.phone());
        assertThat(parsed.office().website()).isEqualTo(demo.website());
        assertThat(parsed.office().address()).isEqualTo("Komp. Perkantoran Gubernur Pemerintah Provinsi Kepulauan "
                + "Bangka Belitung Jl. Pulau Bangka- Air Itam - Pangkalpinang Bangka 33413");
    }

    @Test
    void aDifferentlyFormattedStandardShowsItsGapsInsteadOfGuessing() {
        ParsedStandard parsed = parse("lain");

        assertThat(parsed.office()).isEqualTo(new ParsedStandard.OfficeHeader("DINAS SOSIAL KOTA NUSANTARA",
                "PEMERINTAH KOTA NUSANTARA", "Jl. Merdeka No. 17, Kelurahan Sukamaju, Nusantara 12345", "0215550123",
                "https://dinsos.nusantarakota.go.id", "dinsos@nusantarakota.go.id"));
        assertThat(parsed.serviceName()).isEqualTo("STANDAR PELAYANAN KONSULTASI");
        assertThat(parsed.decreeNumber()).isEqualTo("400.9/12/DINSOS/2024");
        assertThat(parsed.requirements()).extracting(Requirement::text).containsExactly(
                "Kartu Tanda Penduduk (KTP) pemohon", "Surat permohonan konsultasi",
                "Nomor telepon yang dapat dihubungi");
        assertThat(parsed.procedure()).as("step b runs over the page break, its header dropped").containsExactly(
                "Pemohon mengisi buku tamu di loket pelayanan",
                "Petugas loket mencatat permohonan dan meneruskannya kepada Kepala Dinas untuk didisposisikan kepada "
                        + "bidang terkait",
                "Pemohon menerima konsultasi dari petugas yang ditunjuk");
        assertThat(parsed.completionTime()).isEqualTo("2 x 24 jam");
        assertThat(parsed.limits().isEmpty()).as("2 x 24 jam is no limit the standard names").isTrue();
        assertThat(parsed.fee()).isEqualTo("Rp 0,-");
        assertThat(parsed.free()).isTrue();
        assertThat(parsed.products()).isEmpty();
        assertThat(parsed.complaintChannels()).containsExactly(
                new ComplaintChannel(ComplaintChannelKind.BOX, "Kotak saran di ruang tunggu"),
                new ComplaintChannel(ComplaintChannelKind.PHONE, "0215550123"));
        assertThat(parsed.unrecognised()).containsExactly(
                new Unrecognised(27, "Catatan: jadwal konsultasi diumumkan di papan pengumuman"),
                new Unrecognised(37, "Sampaikan langsung kepada petugas"));
        assertThat(parsed.warnings()).extracting(ParsedStandard.Warning::kind, ParsedStandard.Warning::detail)
                .containsExactlyInAnyOrder(tuple(WarningKind.MISSING_COMPONENT, "PRODUCTS"),
                        tuple(WarningKind.TIME_NOT_STRUCTURED, "2 x 24 jam"));
    }

    @Test
    void theSeedsCarryNoInternalComponentAndNoPledge() {
        for (String name : List.of("buton", "babel", "lain")) {
            ParsedStandard parsed = parse(name);
            assertThat(parsed.internal()).as(name).isEmpty();
            assertThat(parsed.pledge()).as(name).isNull();
            assertThat(parsed.internalComponents().isEmpty()).as(name).isTrue();
        }
    }

    @Test
    void theInternalComponentsAndTheMaklumatAreReadBesideThePublishedSix() {
        ParsedStandard parsed = parse("lain-lengkap");
        ParsedStandard published = parse("lain");

        // what the six published components say is read as without the sections that follow them
        assertThat(parsed.toRevision(SWITCHES)).isEqualTo(published.toRevision(SWITCHES));
        assertThat(parsed.office()).isEqualTo(published.office());
        assertThat(parsed.free()).isEqualTo(published.free());
        assertThat(parsed.unrecognised()).isEqualTo(published.unrecognised());
        assertThat(parsed.warnings()).isEqualTo(published.warnings());

        assertThat(parsed.internal()).containsOnlyKeys(InternalComponent.LEGAL_BASIS, InternalComponent.FACILITIES,
                InternalComponent.STAFF_COMPETENCE, InternalComponent.INTERNAL_SUPERVISION,
                InternalComponent.STAFF_NUMBER, InternalComponent.SERVICE_GUARANTEE,
                InternalComponent.SECURITY_GUARANTEE);
        assertThat(parsed.internal().get(InternalComponent.LEGAL_BASIS)).containsExactly(
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                "Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan",
                "Peraturan Wali Kota Nusantara Nomor 7 Tahun 2023");
        assertThat(parsed.internal().get(InternalComponent.FACILITIES))
                .containsExactly("Ruang tunggu", "Ruang konsultasi", "Kotak saran");
        assertThat(parsed.internal().get(InternalComponent.STAFF_COMPETENCE)).containsExactly(
                "Memahami peraturan di bidang kesejahteraan sosial", "Mampu berkomunikasi dengan baik");
        assertThat(parsed.internal().get(InternalComponent.INTERNAL_SUPERVISION))
                .containsExactly("Atasan langsung dan Inspektorat Kota Nusantara");
        assertThat(parsed.internal().get(InternalComponent.STAFF_NUMBER)).containsExactly("3 (tiga) orang");
        assertThat(parsed.internal().get(InternalComponent.SERVICE_GUARANTEE))
                .as("a paragraph without markers is one item").containsExactly(
                        "Pelayanan diberikan sesuai standar pelayanan yang telah ditetapkan.");
        assertThat(parsed.internal().get(InternalComponent.SECURITY_GUARANTEE))
                .containsExactly("Data pemohon dijaga kerahasiaannya");
        assertThat(parsed.internal()).as("a component the text lacks is not guessed")
                .doesNotContainKey(InternalComponent.PERFORMANCE_EVALUATION);

        // the pledge runs over a page break (its header dropped); a blank line starts a paragraph
        assertThat(parsed.pledge()).isEqualTo("Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai "
                + "standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima "
                + "sanksi sesuai peraturan perundang-undangan yang berlaku.\n\nKEPALA DINAS SOSIAL KOTA NUSANTARA");
        assertThat(parsed.internalComponents().of(InternalComponent.STAFF_NUMBER)).containsExactly("3 (tiga) orang");
        assertThat(parsed.internalComponents().of(InternalComponent.PERFORMANCE_EVALUATION)).isEmpty();
    }

    @Test
    void theInternalHeadingsAreKnownAsTheRegulationAndOfficesWriteThem() {
        ParsedStandard parsed = parser.parse("""
                Dinas Sosial Kota Contoh
                Jl. Contoh No. 1, Kota Contoh 11111
                Layanan Konsultasi
                No. SK : 1/2025
                Persyaratan
                1. KTP
                ## Dasar Hukum
                - UU 25/2009
                **Sarana dan Prasarana, dan/atau Fasilitas**
                1. Ruang tunggu
                Kompetensi pelaksana: Memahami peraturan
                Pengawasan Intern
                - Inspektorat
                Jumlah Petugas: 2 orang
                Jaminan Layanan: Sesuai standar
                Jaminan Keamanan dan Keselamatan Layanan: Data dirahasiakan
                EVALUASI KINERJA PELAKSANA
                - Survei kepuasan masyarakat setiap triwulan
                Maklumat:
                Kami siap melayani.
                """);

        assertThat(parsed.internal()).containsOnlyKeys(InternalComponent.values());
        assertThat(parsed.internal().get(InternalComponent.LEGAL_BASIS)).containsExactly("UU 25/2009");
        assertThat(parsed.internal().get(InternalComponent.FACILITIES)).containsExactly("Ruang tunggu");
        assertThat(parsed.internal().get(InternalComponent.STAFF_COMPETENCE)).containsExactly("Memahami peraturan");
        assertThat(parsed.internal().get(InternalComponent.INTERNAL_SUPERVISION)).containsExactly("Inspektorat");
        assertThat(parsed.internal().get(InternalComponent.STAFF_NUMBER)).containsExactly("2 orang");
        assertThat(parsed.internal().get(InternalComponent.SERVICE_GUARANTEE)).containsExactly("Sesuai standar");
        assertThat(parsed.internal().get(InternalComponent.SECURITY_GUARANTEE)).containsExactly("Data dirahasiakan");
        assertThat(parsed.internal().get(InternalComponent.PERFORMANCE_EVALUATION))
                .containsExactly("Survei kepuasan masyarakat setiap triwulan");
        assertThat(parsed.pledge()).isEqualTo("Kami siap melayani.");
        assertThat(parsed.requirements()).extracting(Requirement::text).containsExactly("KTP");
        assertThat(parsed.unrecognised()).isEmpty();
        assertThat(parsed.warnings()).extracting(ParsedStandard.Warning::detail)
                .as("only the six published components are missed").containsExactly("PROCEDURE", "COMPLETION_TIME",
                        "FEE", "PRODUCTS", "COMPLAINTS");
    }

    @Test
    void headingsAreKnownWhateverTheirMarkup() {
        ParsedStandard parsed = parser.parse("""
                Dinas Sosial Kota Contoh
                Jl. Contoh No. 1, Kota Contoh 11111
                Layanan Konsultasi
                No. SK : 1/2025
                ### persyaratan
                1. KTP
                **Sistem, Mekanisme, dan Prosedur**
                1. Datang
                2. Pulang
                4. Lupa tiga
                JANGKA WAKTU PELAYANAN:
                Paling lama 5 (lima) hari kerja setelah surat jawaban dikirim
                Biaya: Rp 50.000
                Produk Layanan
                - Surat jawaban
                PENGADUAN LAYANAN
                Email : [aduan@contoh.go.id](mailto:aduan@contoh.go.id)
                Website: <https://contoh.go.id>
                Pesan WhatsApp 0812-3456-7890
                """);

        assertThat(parsed.requirements()).extracting(Requirement::text).containsExactly("KTP");
        assertThat(parsed.procedure()).containsExactly("Datang", "Pulang", "Lupa tiga");
        assertThat(parsed.limits()).isEqualTo(new ServiceStandard.TimeLimits(5, null, null));
        assertThat(parsed.free()).isFalse();
        assertThat(parsed.products()).containsExactly("Surat jawaban");
        assertThat(parsed.complaintChannels()).containsExactly(
                new ComplaintChannel(ComplaintChannelKind.EMAIL, "aduan@contoh.go.id"),
                new ComplaintChannel(ComplaintChannelKind.WEBSITE, "https://contoh.go.id"),
                new ComplaintChannel(ComplaintChannelKind.WHATSAPP, "081234567890"));
        assertThat(parsed.warnings()).extracting(ParsedStandard.Warning::kind, ParsedStandard.Warning::line)
                .containsExactly(tuple(WarningKind.NUMBERING_GAP, 10));
    }

    @Test
    void anInnerEnumerationOnLinesOfItsOwnStaysInItsStep() {
        ParsedStandard parsed = parser.parse("""
                Dinas Sosial Kota Contoh
                Jl. Contoh No. 1, Kota Contoh 11111
                Layanan Konsultasi
                No. SK : 1/2025
                Prosedur
                1. Pemohon mengirim surat
                2. Konsultasi diselenggarakan secara:
                1. Tatap muka
                a. pemohon datang ke kantor
                2. daring
                3. Pemohon menerima jawaban
                """);

        assertThat(parsed.procedure()).containsExactly("Pemohon mengirim surat",
                "Konsultasi diselenggarakan secara: 1. Tatap muka a. pemohon datang ke kantor 2. daring",
                "Pemohon menerima jawaban");
        assertThat(parsed.unrecognised()).isEmpty();
    }

    @Test
    void aTextThatIsNoStandardIsReturnedAsUnrecognisedLines() {
        ParsedStandard parsed = parser.parse("Jadwal piket minggu ini\n\nSenin: Budi, 99999999999 hari\n");

        assertThat(parsed.unrecognised()).containsExactly(new Unrecognised(1, "Jadwal piket minggu ini"),
                new Unrecognised(3, "Senin: Budi, 99999999999 hari"));
        assertThat(parsed.office().name()).isNull();
        assertThat(parsed.requirements()).isEmpty();
        assertThat(parsed.warnings()).extracting(ParsedStandard.Warning::kind).containsExactly(
                WarningKind.MISSING_DECREE, WarningKind.MISSING_COMPONENT, WarningKind.MISSING_COMPONENT,
                WarningKind.MISSING_COMPONENT, WarningKind.MISSING_COMPONENT, WarningKind.MISSING_COMPONENT,
                WarningKind.MISSING_COMPONENT);
        assertThat(parser.parse("").warnings()).hasSize(7);
    }

    private ParsedStandard parse(String name) {
        try (InputStream in = getClass().getResourceAsStream("/standards/" + name + ".txt")) {
            return parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The positions (from 1) where the texts differ after whitespace normalisation; a missing one counts too. */
    private static <T> List<Integer> differences(List<T> parsed, List<T> demo, Function<T, String> text) {
        List<Integer> differ = new ArrayList<>();
        for (int index = 0; index < Math.max(parsed.size(), demo.size()); index++) {
            if (index >= parsed.size() || index >= demo.size()
                    || !normalised(text.apply(parsed.get(index))).equals(normalised(text.apply(demo.get(index))))) {
                differ.add(index + 1);
            }
        }
        return differ;
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static List<String> allTexts(ParsedStandard parsed) {
        List<String> texts = new ArrayList<>();
        parsed.requirements().forEach(requirement -> texts.add(requirement.text()));
        texts.addAll(parsed.procedure());
        texts.add(parsed.completionTime());
        texts.add(parsed.fee());
        texts.addAll(parsed.products());
        parsed.complaintChannels().forEach(channel -> texts.add(channel.value()));
        parsed.unrecognised().forEach(line -> texts.add(line.text()));
        return texts;
    }
}
