package id.konsultasi.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.Offices;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestDesk;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.shared.ConflictException;
import id.konsultasi.shared.security.Role;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The duty officer registers walk-ins in one screen: a new consultation (receipt at once), a visitor with an
 * appointment checked in, urgent walk-ins as each office's standard says; a double submit registers one guest.
 */
@IntegrationTest
class WalkInTests {

    static final String NIK = "7404011203850001";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    GuestVisits visits;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    RequestService service;
    @Autowired
    RequestDesk requestDesk;
    @Autowired
    DeskService desk;
    @Autowired
    WaitingBoard board;
    @Autowired
    Offices offices;
    @Autowired
    Divisions divisions;
    @Autowired
    UserAdministration administration;
    @Autowired
    JdbcTemplate jdbc;

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    long office(String code) {
        return offices.findByCode(code).orElseThrow().getId();
    }

    MockHttpServletRequestBuilder walkIn(String who, String formKey, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("formKey", formKey);
        fields.put("name", "Wa Ode Sitti");
        fields.put("phone", "0812 3456 7890");
        fields.put("nik", NIK);
        fields.put("identityChecked", "true");
        fields.put("purpose", "Menanyakan bantuan sosial untuk lansia");
        fields.put("kind", "NEW_CONSULTATION");
        fields.put("applicantType", "PERSON");
        fields.put("topic", "Bantuan sosial lansia");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/staf/piket/tamu-baru").with(csrf()).with(Staff.as(users, who));
        fields.forEach((k, v) -> {
            if (v != null) {
                request.param(k, v);
            }
        });
        return request;
    }

    long visitIdOf(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/staf/piket/tamu/");
        return Long.parseLong(location.substring("/staf/piket/tamu/".length()));
    }

    Receipt registeredRequest(String office, String name, String phone) {
        Receipt receipt = service.submit(office(office), new NewRequest(Channel.ONLINE, UUID.randomUUID().toString(),
                        new NewRequest.ApplicantData(ApplicantType.PERSON, name, null, null, null, phone,
                                "janji@contoh.id", null),
                        "Pendampingan disabilitas", "Konsultasi jadwal", ConsultationMode.IN_PERSON, null, false, true),
                List.of(), Actor.applicant());
        ConsultationRequest r = requests.findById(receipt.requestId()).orElseThrow();
        service.register(Staff.principal(users, "sekretariat." + office), r.getId(), r.getVersion());
        return receipt;
    }

    @Test
    void aWalkInConsultationIsRegisteredAtOnceWithItsAgendaNumberAndReceipt() throws Exception {
        String name = unique("Wa Ode Sitti");
        String key = UUID.randomUUID().toString();
        long visitId = visitIdOf(mvc.perform(walkIn("piket.buton", key, "name", name))
                .andExpect(status().is3xxRedirection()).andReturn());

        GuestVisit visit = visits.findById(visitId).orElseThrow();
        assertThat(visit.getKind()).isEqualTo(VisitKind.NEW_CONSULTATION);
        assertThat(visit.getArrivedAt()).isNotNull();
        assertThat(visit.getPhone()).isEqualTo("+6281234567890");
        ConsultationRequest request = requests.findById(visit.getRequestId()).orElseThrow();
        assertThat(request.getChannel()).isEqualTo(Channel.WALK_IN);
        assertThat(request.getStatus()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(request.getAgendaNumber()).matches("\\d{4}/BTN/\\d{4}");
        assertThat(request.getApplicant().getName()).isEqualTo(name);
        assertThat(request.isUrgent()).isFalse();

        Document page = Jsoup.parse(mvc.perform(get("/staf/piket/tamu/" + visitId).with(Staff.as(users, "piket.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#receipt-number").text()).isEqualTo(request.getReceiptNumber());
        assertThat(page.select("#agenda-number").text()).isEqualTo(request.getAgendaNumber());
        String pdfLink = page.select("#print-receipt").attr("href");
        assertThat(pdfLink).isEqualTo("/staf/piket/permohonan/" + request.getId() + "/tanda-terima.pdf");

        var pdf = mvc.perform(get(pdfLink).with(Staff.as(users, "piket.buton"))).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(Pdfs.text(pdf.getContentAsByteArray())).contains(request.getReceiptNumber(),
                request.getAgendaNumber(), name, "Datang langsung", "WITA");
    }

    @Test
    void theNikTypedAtTheDeskIsStoredEncryptedWithOnlyItsLastFourDigitsInClear() throws Exception {
        long visitId = visitIdOf(mvc.perform(walkIn("piket.buton", UUID.randomUUID().toString(), "kind", "OTHER",
                "nik", "7404 0112 0385 0001")).andReturn());
        Map<String, Object> row = jdbc.queryForMap("select nik_encrypted, nik_last4 from guest_visit where id = ?", visitId);
        assertThat(row.get("nik_last4")).isEqualTo("0001");
        assertThat(new String((byte[]) row.get("nik_encrypted"), StandardCharsets.ISO_8859_1)).doesNotContain(NIK);
        assertThat(visits.findById(visitId).orElseThrow().getRequestId()).isNull();
    }

    @Test
    void aDoubleSubmitRegistersOneGuestAndOneRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        long first = visitIdOf(mvc.perform(walkIn("piket.babel", key)).andReturn());
        long second = visitIdOf(mvc.perform(walkIn("piket.babel", key)).andReturn());
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from guest_visit where form_key = ?", Long.class, key)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from consultation_request where idempotency_key = ?",
                Long.class, key)).isEqualTo(1);
    }

    @Test
    void aFormWithMistakesIsShownAgainWithWhatWasTypedAndRegistersNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        Document page = Jsoup.parse(mvc.perform(walkIn("piket.buton", key, "nik", "1234", "identityChecked", null,
                        "topic", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#nik-error").text()).contains("16 digit");
        assertThat(page.text()).contains("Periksa kartu identitas tamu", "Tulis materi konsultasi.");
        assertThat(page.select("#name").val()).isEqualTo("Wa Ode Sitti");
        assertThat(page.select("#formKey").val()).isEqualTo(key);
        assertThat(visits.findByOfficeIdAndFormKey(office("buton"), key)).isEmpty();
    }

    @Test
    void aVisitorWithAnAppointmentIsFoundByReceiptNameOrPhoneAndCheckedIn() throws Exception {
        String name = unique("La Ode Janji");
        Receipt receipt = registeredRequest("buton", name, "+6285211223344");
        for (String lookup : List.of(receipt.receiptNumber(), name.substring(6), "0852-1122-3344")) {
            String fragment = mvc.perform(get("/staf/piket/cari-permohonan").param("lookup", lookup)
                            .with(Staff.as(users, "piket.buton")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(fragment).select("input[name=requestId]").eachAttr("value"))
                    .as("found by " + lookup).contains(String.valueOf(receipt.requestId()));
        }
        // the other office's desk finds nothing of it
        String foreign = mvc.perform(get("/staf/piket/cari-permohonan").param("lookup", name)
                .with(Staff.as(users, "piket.babel"))).andReturn().getResponse().getContentAsString();
        assertThat(foreign).doesNotContain(receipt.receiptNumber());

        long visitId = visitIdOf(mvc.perform(walkIn("piket.buton", UUID.randomUUID().toString(),
                "name", name, "kind", "SCHEDULED_CONSULTATION", "lookup", receipt.receiptNumber(),
                "requestId", String.valueOf(receipt.requestId()), "topic", "")).andReturn());
        GuestVisit visit = visits.findById(visitId).orElseThrow();
        assertThat(visit.getRequestId()).isEqualTo(receipt.requestId());
        assertThat(visit.getReceiptNumber()).isEqualTo(receipt.receiptNumber());
        ConsultationRequest request = requests.findWholeById(receipt.requestId()).orElseThrow();
        assertThat(request.getStatus()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(request.getHistory()).anySatisfy(h -> {
            assertThat(h.getPublicNote()).isEqualTo("Pemohon hadir di meja layanan untuk konsultasi.");
            assertThat(h.getActorName()).isEqualTo("Wa Ode Nurhaya");
            assertThat(h.isStatusChange()).isFalse();
        });
    }

    @Test
    void aCheckInNeedsTheRequestAndFindsNoFinishedOrForeignRequest() throws Exception {
        String name = unique("Cancelled Visitor");
        Receipt cancelled = registeredRequest("buton", name, "+6285299887766");
        service.cancelByApplicant(cancelled.trackingToken(), "Tidak jadi");
        String fragment = mvc.perform(get("/staf/piket/cari-permohonan").param("lookup", name)
                .with(Staff.as(users, "piket.buton"))).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain(cancelled.receiptNumber()).contains("Tidak ada permohonan");

        Document page = Jsoup.parse(mvc.perform(walkIn("piket.buton", UUID.randomUUID().toString(),
                "kind", "SCHEDULED_CONSULTATION", "lookup", name)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#requestId-error").text()).isEqualTo("Cari dan pilih permohonan yang membuat tamu datang.");

        Receipt foreign = registeredRequest("babel", unique("Warga Babel"), "+6281377788899");
        mvc.perform(walkIn("piket.buton", UUID.randomUUID().toString(), "kind", "SCHEDULED_CONSULTATION",
                "requestId", String.valueOf(foreign.requestId()))).andExpect(status().isNotFound());
    }

    @Test
    void inButonAnUrgentWalkInIsMarkedAndWaitsForTheHeadsDisposition() throws Exception {
        long visitId = visitIdOf(mvc.perform(walkIn("piket.buton", UUID.randomUUID().toString(), "urgent", "true"))
                .andReturn());
        GuestVisit visit = visits.findById(visitId).orElseThrow();
        assertThat(visit.isUrgent()).isTrue();
        assertThat(visit.getOfficerId()).isNull();
        ConsultationRequest request = requests.findWholeById(visit.getRequestId()).orElseThrow();
        assertThat(request.isUrgent()).isTrue();
        assertThat(request.getStatus()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(request.getAssigneeIds()).isEmpty();
        String form = mvc.perform(get("/staf/piket/tamu-baru").with(Staff.as(users, "piket.buton")))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(form).select("#officerId")).isEmpty();
        assertThat(form).contains("tetap menunggu disposisi Kepala Dinas");
    }

    @Test
    void inBangkaBelitungAnUrgentWalkInGoesStraightToAnAvailableOfficer() throws Exception {
        StaffUser officer = newOfficer("babel");
        String form = mvc.perform(get("/staf/piket/tamu-baru").with(Staff.as(users, "piket.babel")))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(form).select("#officerId option").eachAttr("value"))
                .contains(String.valueOf(officer.getId()));

        Document withoutOfficer = Jsoup.parse(mvc.perform(walkIn("piket.babel", UUID.randomUUID().toString(),
                "urgent", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(withoutOfficer.select("#officerId-error").text())
                .isEqualTo("Pilih petugas yang akan melayani tamu mendesak ini.");

        long visitId = visitIdOf(mvc.perform(walkIn("piket.babel", UUID.randomUUID().toString(), "urgent", "true",
                "officerId", String.valueOf(officer.getId()))).andReturn());
        GuestVisit visit = visits.findById(visitId).orElseThrow();
        assertThat(visit.getOfficerName()).isEqualTo(officer.getFullName());
        ConsultationRequest request = requests.findWholeById(visit.getRequestId()).orElseThrow();
        assertThat(request.getStatus()).isEqualTo(RequestStatus.ASSIGNED);
        assertThat(request.getAssigneeIds()).containsExactly(officer.getId());
        assertThat(request.getAssignedDivisionId()).isEqualTo(officer.getDivisionId());
        assertThat(request.isUrgent()).isTrue();

        // while serving that guest the officer is not offered again, and cannot be chosen
        assertThat(desk.availableOfficers(office("babel"))).noneMatch(o -> o.id() == officer.getId());
        Document busy = Jsoup.parse(mvc.perform(walkIn("piket.babel", UUID.randomUUID().toString(), "urgent", "true",
                "officerId", String.valueOf(officer.getId()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(busy.select("#officerId-error").text()).startsWith("Petugas ini baru saja menerima tamu lain");

        // once the guest has left, the officer is available again
        board.leave(Staff.principal(users, "piket.babel"), visitId, visits.findById(visitId).orElseThrow().getVersion());
        assertThat(desk.availableOfficers(office("babel"))).anyMatch(o -> o.id() == officer.getId());
    }

    @Test
    void onlyAnUrgentWalkInOfAnOfficeThatAllowsItIsRoutedFromTheDesk() throws Exception {
        // Buton's standard has urgent walk-ins wait for the disposition
        GuestVisit buton = visits.findById(visitIdOf(mvc.perform(walkIn("piket.buton", UUID.randomUUID().toString(),
                "urgent", "true")).andReturn())).orElseThrow();
        StaffUser butonOfficer = newOfficer("buton");
        assertThatThrownBy(() -> requestDesk.routeUrgentWalkIn(Staff.principal(users, "piket.buton"), buton.getRequestId(),
                butonOfficer.getId(), null, "langsung")).isInstanceOf(AccessDeniedException.class);
        // in Bangka Belitung, a walk-in that is not urgent waits too
        GuestVisit notUrgent = visits.findById(visitIdOf(mvc.perform(walkIn("piket.babel", UUID.randomUUID().toString()))
                .andReturn())).orElseThrow();
        StaffUser babelOfficer = newOfficer("babel");
        assertThatThrownBy(() -> requestDesk.routeUrgentWalkIn(Staff.principal(users, "piket.babel"),
                notUrgent.getRequestId(), babelOfficer.getId(), null, "langsung")).isInstanceOf(ConflictException.class);
        // and only the duty desk routes
        assertThatThrownBy(() -> requestDesk.routeUrgentWalkIn(Staff.principal(users, "sekretariat.babel"),
                notUrgent.getRequestId(), babelOfficer.getId(), null, "langsung"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(requests.findById(notUrgent.getRequestId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(requests.findById(buton.getRequestId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.RECEIVED);
    }

    @Test
    void theOfficerWithTheFewestOpenRequestsIsOfferedFirst() throws Exception {
        StaffUser busy = newOfficer("babel");
        StaffUser free = newOfficer("babel");
        long visitId = visitIdOf(mvc.perform(walkIn("piket.babel", UUID.randomUUID().toString(), "urgent", "true",
                "officerId", String.valueOf(busy.getId()))).andReturn());
        board.leave(Staff.principal(users, "piket.babel"), visitId, visits.findById(visitId).orElseThrow().getVersion());
        List<Long> order = desk.availableOfficers(office("babel")).stream().map(AvailableOfficer::id).toList();
        assertThat(order).contains(busy.getId(), free.getId());
        assertThat(order.indexOf(free.getId())).isLessThan(order.indexOf(busy.getId()));
    }

    StaffUser newOfficer(String office) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long division = divisions.findByOfficeIdOrderByName(office(office)).get(0).getId();
        return administration.create(Staff.principal(users, "admin." + office), null, "petugas-" + suffix + "." + office,
                "rahasia-sekali-123", new StaffUser.Profile("Petugas Uji " + suffix, "Pekerja Sosial", null, null, null,
                        division), EnumSet.of(Role.PETUGAS));
    }
}
