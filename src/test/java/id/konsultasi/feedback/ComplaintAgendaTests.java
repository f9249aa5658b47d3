package id.konsultasi.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.konsultasi.desk.AgendaBook;
import id.konsultasi.desk.LetterService;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.LetterReference;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.Period;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.MailReader;
import id.konsultasi.support.QueryCounter;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 18 (names): where the office's standard routes complaints through the agenda book (Bangka Belitung:
 * "Pengaduan diagendakan ... oleh Tim PKD ..., seperti surat permohonan"), a complaint gets the next agenda number of
 * the letters' one sequence when it is filed; where it does not (Buton), it gets none.
 */
@IntegrationTest
class ComplaintAgendaTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Offices offices;
    @Autowired
    Complaints complaints;
    @Autowired
    RequestService requests;
    @Autowired
    ConsultationRequests stored;
    @Autowired
    UserDetailsService users;
    @Autowired
    LetterService agenda;

    /** The agenda number of a letter registered now. */
    String letter(String code) {
        long id = requests.submit(offices.findByCode(code).orElseThrow().getId(), new NewRequest(Channel.LETTER,
                        UUID.randomUUID().toString(),
                        new NewRequest.ApplicantData(ApplicantType.PERSON, "Wa Ode Hasnia", null, null, null,
                                "+6281234567890", "agenda." + UUID.randomUUID() + "@contoh.id", null),
                        "Agenda " + UUID.randomUUID(), "Meminta penjelasan", ConsultationMode.IN_PERSON, null, false,
                        true, new LetterReference("045/X/2026", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23))),
                List.of(), Actor.applicant()).requestId();
        return stored.findById(id).orElseThrow().getAgendaNumber();
    }

    /** The path of the tracking page of a complaint filed now on the office's public page. */
    String complain(String code) throws Exception {
        return complain(code, "adu." + UUID.randomUUID() + "@contoh.id");
    }

    String complain(String code, String email) throws Exception {
        return mvc.perform(post("/kantor/" + code + "/pengaduan").with(csrf()).with(TestFiles.freshClient())
                        .param("formKey", UUID.randomUUID().toString()).param("subject", "Surat belum dibalas " + UUID.randomUUID())
                        .param("description", "Sudah lewat tiga hari kerja, surat jawaban belum juga diterima.")
                        .param("name", "Wa Ode Sitti Rahma").param("email", email)
                        .param("phone", "0812 3456 7890"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    Complaint complaint(String trackingPath) {
        return complaints.findByTrackingToken(trackingPath.substring("/lacak/pengaduan/".length())).orElseThrow();
    }

    static int sequence(String agendaNumber) {
        return Integer.parseInt(agendaNumber.substring(0, agendaNumber.indexOf('/')));
    }

    Document page(String url, String who) throws Exception {
        var request = get(url);
        if (who != null) {
            request.with(Staff.as(users, who));
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void bangkaBelitungsComplaintTakesTheNextNumberOfTheLettersAgendaBook() throws Exception {
        Office babel = offices.findByCode("babel").orElseThrow();
        String before = letter("babel");
        String email = "adu.babel." + UUID.randomUUID() + "@contoh.id";
        String tracking = complain("babel", email);
        String after = letter("babel");

        Complaint complaint = complaint(tracking);
        assertThat(MailReader.await(email, s -> s.contains(complaint.getNumber())).text())
                .contains("Nomor agenda: " + complaint.getAgendaNumber());
        int year = complaint.getReceivedAt().atZone(babel.zone()).getYear();
        assertThat(complaint.getAgendaNumber()).matches("\\d{4}/" + babel.getReceiptPrefix() + "/" + year);
        assertThat(sequence(complaint.getAgendaNumber())).isEqualTo(sequence(before) + 1);
        assertThat(sequence(after)).as("the book stays one sequence").isEqualTo(sequence(complaint.getAgendaNumber()) + 1);
        assertThat(complaint.getNumber()).as("its own complaint number too").startsWith("ADU/");

        assertThat(page(tracking, null).select("#agenda-number").text())
                .isEqualTo("Pengaduan ini diagendakan oleh Tim PKD dengan nomor agenda " + complaint.getAgendaNumber() + ".");
        assertThat(page(tracking + "?lang=en", null).select("#agenda-number").text())
                .isEqualTo("This complaint was registered by Tim PKD under agenda number " + complaint.getAgendaNumber() + ".");
        assertThat(page("/staf/pengaduan/" + complaint.getId(), "sekretariat.babel").select("#agenda-number").text())
                .isEqualTo(complaint.getAgendaNumber());

        // the agenda book lists it among the letters, in one sequence (on the page of the letters around it)
        List<String> book = new ArrayList<>();
        Elements complaintLines = new Elements();
        Document page = page("/staf/agenda", "sekretariat.babel");
        while (true) {
            book.addAll(page.select("#agenda-book tbody tr td:first-child a").eachText());
            complaintLines.addAll(page.select("#agenda-book tr.agenda-complaint"));
            if (page.select("a[rel=next][href]").isEmpty()) {
                break;
            }
            page = page(page.select("a[rel=next][href]").attr("href"), "sekretariat.babel");
        }
        assertThat(book).containsSubsequence(before, complaint.getAgendaNumber(), after);
        assertThat(book).as("each line once").doesNotHaveDuplicates();
        assertThat(complaintLines.text()).contains(complaint.getAgendaNumber(), complaint.getNumber(),
                "Wa Ode Sitti Rahma", complaint.getSubject());

        // and so does its export, in the same order
        String csv = mvc.perform(get("/staf/agenda/buku-agenda.csv").with(Staff.as(users, "sekretariat.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().filter(l -> l.contains(complaint.getAgendaNumber())).findFirst().orElseThrow())
                .contains("Pengaduan", "Wa Ode Sitti Rahma", complaint.getNumber(), complaint.getSubject());
        assertThat(csv.indexOf(before)).isLessThan(csv.indexOf(complaint.getAgendaNumber()));
        assertThat(csv.indexOf(complaint.getAgendaNumber())).isLessThan(csv.indexOf(after));
    }

    @Test
    void everyComplaintOfTheBookIsOnExactlyOnePageAmongItsLetters() throws Exception {
        List<String> inTheOrderFiled = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            inTheOrderFiled.add(letter("babel"));
            inTheOrderFiled.add(complaint(complain("babel")).getAgendaNumber());
        }
        inTheOrderFiled.add(letter("babel"));
        StaffPrincipal secretariat = Staff.principal(users, "sekretariat.babel");
        LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(offices.findByCode("babel").orElseThrow().zone()));
        Period month = new Period(today.withDayOfMonth(1), today);
        AgendaBook whole = agenda.agendaBook(secretariat, month, PageRequest.of(0, 10_000));
        List<String> inOnePage = whole.lines().stream().map(ComplaintAgendaTests::number).toList();
        assertThat(whole.complaintCount()).isGreaterThanOrEqualTo(3).isEqualTo(whole.complaints().size());
        assertThat(inOnePage).as("in one sequence").containsSubsequence(inTheOrderFiled);
        assertThat(inTheOrderFiled).isSortedAccordingTo(java.util.Comparator.comparingInt(ComplaintAgendaTests::sequence));

        List<String> paged = new ArrayList<>();
        long complaintCount = -1;
        for (int p = 0; p < whole.entries().getTotalElements(); p++) {
            AgendaBook page = agenda.agendaBook(secretariat, month, PageRequest.of(p, 1));
            page.lines().forEach(line -> paged.add(number(line)));
            complaintCount = page.complaintCount();
        }
        assertThat(paged).isEqualTo(inOnePage);
        assertThat(complaintCount).isEqualTo(whole.complaintCount());
    }

    @Test
    void theAgendaBooksQueriesDoNotGrowWithItsComplaints() throws Exception {
        // the last page (50 lines a page) has room for the letters to come: it is the same page, before and after
        while (lettersThisMonth() % 50 == 0 || lettersThisMonth() % 50 > 40) {
            letter("babel");
        }
        complain("babel");
        int page = (int) (lettersThisMonth() - 1) / 50;
        Document before = page("/staf/agenda?hal=" + page, "sekretariat.babel");
        int statementsBefore = statementsOfTheBook(page);
        for (int i = 0; i < 4; i++) {
            complain("babel");
            letter("babel");
        }
        assertThat(page("/staf/agenda?hal=" + page, "sekretariat.babel").select("tr.agenda-complaint").size())
                .isEqualTo(before.select("tr.agenda-complaint").size() + 4);
        assertThat(statementsOfTheBook(page)).isEqualTo(statementsBefore);
    }

    long lettersThisMonth() {
        StaffPrincipal secretariat = Staff.principal(users, "sekretariat.babel");
        LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(offices.findByCode("babel").orElseThrow().zone()));
        return agenda.agendaBook(secretariat, new Period(today.withDayOfMonth(1), today), PageRequest.of(0, 1))
                .entries().getTotalElements();
    }

    /** The statements of a page of the agenda book as the secretariat opens it. */
    int statementsOfTheBook(int page) {
        var counted = QueryCounter.count(() -> {
            try {
                return mvc.perform(get("/staf/agenda").param("hal", String.valueOf(page))
                        .with(Staff.as(users, "sekretariat.babel"))).andExpect(status().isOk()).andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return counted.statements().size();
    }

    static String number(AgendaBook.Line line) {
        return line.agendaNumber();
    }

    @Test
    void butonsComplaintGetsNoAgendaNumber() throws Exception {
        String before = letter("buton");
        String email = "adu.buton." + UUID.randomUUID() + "@contoh.id";
        String tracking = complain("buton", email);
        String after = letter("buton");

        Complaint complaint = complaint(tracking);
        assertThat(MailReader.await(email, s -> s.contains(complaint.getNumber())).text()).doesNotContain("Nomor agenda");
        assertThat(complaint.getAgendaNumber()).isNull();
        assertThat(sequence(after)).as("the letters' sequence goes on without it").isEqualTo(sequence(before) + 1);
        assertThat(page(tracking, null).select("#agenda-number")).isEmpty();
        assertThat(page("/staf/pengaduan/" + complaint.getId(), "sekretariat.buton").select("#agenda-number")).isEmpty();
    }
}
