package id.konsultasi.demo;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import id.konsultasi.office.ComplaintChannel;
import id.konsultasi.office.ComplaintChannelKind;
import id.konsultasi.office.InternalComponent;
import id.konsultasi.office.InternalComponents;
import id.konsultasi.office.OfficeProfile;
import id.konsultasi.office.Requirement;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.office.StaffNames;

/**
 * The two offices of ../shared/seeds, with their standards as published; Buton's requirements of those who come in
 * person and of institutions marked so (as V115 marks them in a database made before).
 */
final class DemoOffices {

    private DemoOffices() {
    }

    /** A requirement of every applicant, online or in person. */
    private static Requirement everyone(String text) {
        return new Requirement(text, Requirement.AppliesTo.EVERYONE);
    }

    record Seed(String code, OfficeProfile profile, ServiceStandard.Revision standard, List<String> divisions,
                List<String[]> rooms, String place) {
    }

    static final Seed BUTON = new Seed("buton",
            new OfficeProfile("Dinas Sosial Kabupaten Buton", "Pemerintah Kabupaten Buton",
                    "Kompleks Perkantoran Takawa, Gedung C Lantai III, Pasarwajo, Kabupaten Buton 93754",
                    "085257048204", "dinassosialbuton@gmail.com", null, ZoneId.of("Asia/Makassar"),
                    LocalTime.of(8, 0), LocalTime.of(16, 0), "BTN"),
            new ServiceStandard.Revision("Pelayanan Konsultasi", "8 TAHUN 2023",
                    List.of(
                            everyone("Identitas pemohon yang meliputi nama perseorangan / institusi / lembaga swadaya masyarakat / partai politik / badan publik lainnya, kontak yang dapat dihubungi dan alamat e-mail"),
                            everyone("Materi konsultasi yang diminta secara jelas"),
                            everyone("Mencantumkan maksud dan tujuan permohonan konsultasi"),
                            everyone("Melampirkan foto copy kartu tanda penduduk / paspor / kartu identitas lainnya yang berlaku ditujukan ke alamat: Dinas Sosial Kabupaten Buton Kompleks Perkantoran Takawa Gedung C Lantai 3 Pasarwajo"),
                            new Requirement("Registrasi tamu ke piket tamu", Requirement.AppliesTo.IN_PERSON),
                            new Requirement("Membawa surat permohonan dari pimpinan institusi / lembaga swadaya masyarakat / partai politik / badan publik lainnya",
                                    Requirement.AppliesTo.INSTITUTIONS),
                            new Requirement("Menunjukkan kartu tanda penduduk / paspor / kartu identitas lainnya yang berlaku",
                                    Requirement.AppliesTo.IN_PERSON)),
                    List.of(
                            "Pengguna layanan menyampaikan surat permohonan konsultasi ditujukan kepada Kepala Dinas Sosial Kabupaten Buton",
                            "Pengguna layanan menerima tanda terima dari petugas yang menunjukkan bahwa surat permohonan konsultasi telah diterima",
                            "Pengguna layanan menunggu hasil disposisi pimpinan terkait petugas/pegawai yang memberikan pelayanan, dalam hal ini juga dilakukan analisis guna memastikan apakah konsultasi dapat dilakukan atau tidak, dan apabila dapat dilakukan apakah harus diselenggarakan secara tatap muka langsung atau dapat secara daring",
                            "Pengguna layanan menerima surat jawaban melalui e-mail maupun media penyetara lainnya. Apabila permohonan disetujui maka surat jawaban akan disertai jadwal pelaksanaan audiensi dan contact person petugas yang akan melayani, di mana konsultasi akan diselenggarakan secara: (1) tatap muka langsung: a. pengguna layanan datang langsung ke kantor Dinas Sosial Kabupaten Buton sesuai dengan jadwal yang telah ditetapkan dan menginformasikan permohonan konsultasi kepada petugas piket; b. pengguna layanan diarahkan oleh petugas piket ke ruangan rapat untuk ditemukan dengan petugas yang memberikan layanan konsultasi; c. pengguna layanan menerima konsultasi oleh petugas/pegawai yang ditugaskan; (2) daring: pengguna layanan menerima konsultasi secara daring oleh petugas/pegawai yang ditugaskan sesuai dengan jadwal yang telah ditetapkan",
                            "Pengguna layanan datang langsung ke kantor Dinas Sosial Kabupaten Buton dengan membawa kelengkapan persyaratan dan menginformasikan permohonan konsultasi kepada petugas piket Dinas Sosial Kabupaten Buton",
                            "Pengguna layanan mengisi daftar tamu dan menunggu hasil disposisi Kepala Dinas kepada pejabat terkait petugas/pegawai yang akan memberikan pelayanan",
                            "Pengguna layanan menerima konfirmasi pemberian layanan konsultasi yang diteruskan oleh petugas piket",
                            "Apabila permohonan diterima, pengguna layanan akan diarahkan oleh petugas piket ke ruangan rapat untuk ditemukan dengan petugas yang memberikan layanan konsultasi",
                            "Pengguna layanan menerima konsultasi oleh petugas/pegawai yang ditugaskan"),
                    new ServiceStandard.TimeLimits(1, 3, 60),
                    "Informasi/surat jawaban pelaksanaan konsultasi disampaikan oleh Dinas Sosial Kabupaten Buton maksimal 1 (satu) hari sejak surat permohonan diterima. Pelaksanaan konsultasi dilakukan paling lambat 3 (tiga) hari setelah surat diterima. Jika pengguna layanan datang langsung, maka akan diarahkan kepada petugas yang memberi konsultasi maksimal 1 (satu) jam setelah penyampaian maksud konsultasi.",
                    "Tidak dipungut biaya",
                    List.of("Surat jawaban dan/atau pemberian data konsultasi yang diminta"),
                    List.of(
                            new ComplaintChannel(ComplaintChannelKind.DESK, "Loket Pengaduan Dinas Sosial: Kompleks Perkantoran Takawa, Gedung C Lt. III"),
                            new ComplaintChannel(ComplaintChannelKind.BOX, "Kotak Pengaduan"),
                            new ComplaintChannel(ComplaintChannelKind.EMAIL, "dinassosialbuton@gmail.com"),
                            new ComplaintChannel(ComplaintChannelKind.LAPOR, "https://www.lapor.go.id"),
                            new ComplaintChannel(ComplaintChannelKind.WHATSAPP, "085257048204")),
                    null,
                    new ServiceStandard.WorkflowSwitches(false, false, false, true, true)),
            List.of("Sekretariat", "Bidang Perlindungan dan Jaminan Sosial", "Bidang Rehabilitasi Sosial",
                    "Bidang Pemberdayaan Sosial"),
            List.of(new String[]{"Ruang Rapat Dinas Sosial", "Gedung C Lantai III"},
                    new String[]{"Ruang Konsultasi", "Gedung C Lantai III, sebelah loket piket"}),
            "Pasarwajo");

    static final Seed BABEL = new Seed("babel",
            new OfficeProfile("Dinas Sosial dan Pemberdayaan Masyarakat Desa Provinsi Kepulauan Bangka Belitung",
                    "Pemerintah Provinsi Kepulauan Bangka Belitung",
                    "Komp. Perkantoran Gubernur Kepulauan Bangka Belitung, Jl. Pulau Bangka, Air Itam, Pangkalpinang 33413",
                    "0717439080", null, "https://dinsospmd.babelprov.go.id/", ZoneId.of("Asia/Jakarta"),
                    LocalTime.of(8, 0), LocalTime.of(16, 0), "DSPMD"),
            new ServiceStandard.Revision("Layanan Konsultasi", "188.4/47/DINSOSPMD/2023",
                    Requirement.forEveryone(List.of("Materi konsultasi secara jelas", "Waktu kunjungan konsultasi",
                            "No kontak personal yang dapat dihubungi")),
                    List.of(
                            "Pengguna layanan menyampaikan surat resmi yang ditujukan kepada Kepala Dinas Sosial dan Pemberdayaan Masyarakat Desa Provinsi Kepulauan Bangka Belitung atau pengguna layanan datang langsung ke Sekretariat Dinas menyampaikan maksud dan tujuan konsultasi",
                            "Surat permohonan diagendakan dan diproses sesuai ketentuan oleh Tim PKD",
                            "Kepala Dinas Sosial dan Pemberdayaan Masyarakat Desa Provinsi Kepulauan Bangka Belitung mendisposisikan surat permohonan kepada Kepala Bidang terkait",
                            "Kepala Bidang terkait menugaskan pejabat/pegawai untuk mempersiapkan administrasi, bahan dan peralatan atau dapat secara langsung bertindak sebagai pemberi layanan konsultasi",
                            "Pegawai yang ditunjuk mengkoordinir penyiapan administrasi, bahan dan peralatan serta telaahan staf (apabila audiensi yang dimintakan pengguna layanan membutuhkan pembahasan dalam forum rapat dengan pimpinan atau melibatkan instansi terkait)",
                            "Pemohon menerima informasi layanan konsultasi",
                            "Pejabat/pegawai yang ditunjuk melaksanakan tugas memberikan/melayani konsultasi kepada pengguna layanan dapat didampingi pejabat/pegawai yang berkompeten lainnya",
                            "Pengguna layanan yang datang langsung ke Kantor Dinas Sosial dan Pemberdayaan Masyarakat Desa Provinsi Kepulauan Bangka Belitung karena alasan urgensi tanpa melalui surat resmi dapat langsung diberikan layanan konsultasi dan diarahkan kepada petugas yang akan memberikan layanan konsultasi",
                            "Pejabat/pegawai yang ditugaskan untuk memberikan layanan konsultasi menyampaikan Laporan Hasil Konsultasi secara tertulis kepada Kepala Dinas Sosial dan Pemberdayaan Masyarakat Desa melalui Kepala Bidang terkait"),
                    new ServiceStandard.TimeLimits(null, null, 30),
                    "30 menit",
                    "Tidak dipungut biaya",
                    List.of("Saran, masukan, pertimbangan, solusi dan rekomendasi terhadap permasalahan yang dikonsultasikan"),
                    List.of(
                            new ComplaintChannel(ComplaintChannelKind.LETTER, "Surat resmi kepada Kepala Dinas Sosial dan Pemberdayaan Masyarakat Desa Provinsi Kepulauan Bangka Belitung"),
                            new ComplaintChannel(ComplaintChannelKind.DESK, "Sekretariat Dinas, Komp. Perkantoran Gubernur, Air Itam, Pangkalpinang"),
                            new ComplaintChannel(ComplaintChannelKind.PHONE, "0717439080"),
                            new ComplaintChannel(ComplaintChannelKind.WEBSITE, "https://dinsospmd.babelprov.go.id/")),
                    "Pengaduan diagendakan dan diproses oleh Tim PKD sesuai ketentuan, seperti surat permohonan.",
                    new ServiceStandard.WorkflowSwitches(true, true, true, false, false)),
            List.of("Sekretariat", "Bidang Rehabilitasi Sosial", "Bidang Perlindungan dan Jaminan Sosial",
                    "Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin", "Bidang Pemberdayaan Masyarakat Desa"),
            List.of(new String[]{"Ruang Rapat Kepala Dinas", "Lantai 2"},
                    new String[]{"Ruang Konsultasi", "Lantai 1, dekat Sekretariat"}),
            "Pangkalpinang");

    /** The usual formula of a Maklumat Pelayanan, as both offices publish it. */
    static final String PLEDGE = "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan "
            + "yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan "
            + "perundang-undangan yang berlaku.";

    private static final List<String> NATIONAL_LAW = List.of(
            "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            "Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial",
            "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik");

    /** The internal components of a demo office's standard (komponen proses pengelolaan pelayanan). */
    static InternalComponents internalComponents(String code) {
        boolean buton = code.equals("buton");
        String office = buton ? "Dinas Sosial Kabupaten Buton" : "Dinas Sosial dan Pemberdayaan Masyarakat Desa";
        List<String> legalBasis = new java.util.ArrayList<>(NATIONAL_LAW);
        legalBasis.add(buton
                ? "Peraturan Bupati Buton tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Sosial Kabupaten Buton"
                : "Peraturan Gubernur Kepulauan Bangka Belitung tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Sosial dan Pemberdayaan Masyarakat Desa");
        return InternalComponents.none()
                .with(InternalComponent.LEGAL_BASIS, legalBasis)
                .with(InternalComponent.FACILITIES, List.of("Ruang tunggu dengan tempat duduk",
                        buton ? "Ruang rapat dan ruang konsultasi di Gedung C Lantai III" : "Ruang rapat Kepala Dinas dan ruang konsultasi",
                        "Meja dan kursi pelayanan", "Komputer, printer dan jaringan internet", "Kotak pengaduan",
                        "Toilet dan tempat ibadah"))
                .with(InternalComponent.STAFF_COMPETENCE, List.of(
                        "Memahami tugas pokok dan fungsi " + office,
                        "Menguasai peraturan perundang-undangan di bidang penyelenggaraan kesejahteraan sosial",
                        "Mampu berkomunikasi dengan santun, jelas dan ramah",
                        "Mampu mengoperasikan komputer dan aplikasi layanan konsultasi"))
                .with(InternalComponent.INTERNAL_SUPERVISION, List.of("Pengawasan melekat oleh atasan langsung",
                        buton ? "Pengawasan fungsional oleh Inspektorat Kabupaten Buton"
                                : "Pengawasan fungsional oleh Inspektorat Provinsi Kepulauan Bangka Belitung"))
                .with(InternalComponent.STAFF_NUMBER, buton
                        ? List.of("Petugas piket tamu: 2 (dua) orang",
                                "Petugas/pegawai pemberi layanan konsultasi: sesuai disposisi Kepala Dinas")
                        : List.of("Tim PKD di Sekretariat Dinas: 3 (tiga) orang",
                                "Pejabat/pegawai pemberi layanan konsultasi: sesuai penugasan Kepala Bidang terkait"))
                .with(InternalComponent.SERVICE_GUARANTEE, List.of(
                        "Pelayanan diberikan sesuai standar pelayanan yang telah ditetapkan",
                        "Pelayanan konsultasi tidak dipungut biaya"))
                .with(InternalComponent.SECURITY_GUARANTEE, List.of(
                        "Data pribadi dan materi konsultasi pengguna layanan dijaga kerahasiaannya",
                        "Lingkungan pelayanan yang aman, nyaman dan bebas dari pungutan liar"))
                .with(InternalComponent.PERFORMANCE_EVALUATION, List.of(
                        "Survei kepuasan masyarakat (SKM) setiap triwulan",
                        "Evaluasi penerapan standar pelayanan paling sedikit satu kali dalam setahun",
                        "Penilaian kinerja pegawai oleh atasan langsung"));
    }

    /**
     * The names a standard gives its units and roles, and whether complaints go through the agenda book. Buton's
     * standard says "Sekretariat" and "petugas piket", the bundle's words: it names nothing of its own.
     */
    record Names(StaffNames names, boolean complaintsInAgendaBook) {
    }

    /** Bangka Belitung: letters "diagendakan ... oleh Tim PKD", walk-ins "ke Sekretariat Dinas", complaints too. */
    static final Map<String, Names> NAMES = Map.of(
            "babel", new Names(new StaffNames("Tim PKD", "Sekretariat Dinas", null, null), true));
}
