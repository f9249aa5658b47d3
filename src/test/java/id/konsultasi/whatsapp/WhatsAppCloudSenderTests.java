package id.konsultasi.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import id.konsultasi.account.StaffUser;
import id.konsultasi.disposition.DispositionDecision;
import id.konsultasi.disposition.DispositionService;
import id.konsultasi.disposition.Urgency;
import id.konsultasi.notification.WhatsAppSender;
import id.konsultasi.office.Office;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestSubmitted;
import id.konsultasi.scheduling.Reminders;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The WhatsApp Business Cloud API sender, switched on against a stub of the API on this machine (never the internet):
 * the receipt owed to an applicant with a phone number is queued once, sent as the API's template message with the
 * token, tried again while the stub answers 500 and sent once when it answers 200; the request page then lists it.
 * (Nothing is queued or sent while the sender is off, the default: {@link ApplicantToldTests}.)
 */
@IntegrationTest
class WhatsAppCloudSenderTests {

    static final HttpServer STUB = stub();
    static final AtomicInteger ANSWER = new AtomicInteger(500);
    static final List<String> BODIES = new CopyOnWriteArrayList<>();
    static final List<String> TOKENS = new CopyOnWriteArrayList<>();

    @Autowired
    RequestService requests;
    @Autowired
    WhatsAppSender sender;
    @Autowired
    CloudMessages cloudMessages;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    DispositionService dispositions;
    @Autowired
    ConsultationRequests consultationRequests;
    @Autowired
    Reminders reminders;
    @Autowired
    CloudReminders cloudReminders;

    static HttpServer stub() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v21.0/123456/messages", exchange -> {
                BODIES.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                TOKENS.add(exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] answer = (ANSWER.get() == 200 ? "{\"messages\":[{\"id\":\"wamid.1\"}]}"
                        : "{\"error\":{\"message\":\"down\"}}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(ANSWER.get(), answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void whatsApp(DynamicPropertyRegistry registry) {
        registry.add("konsultasi.whatsapp.enabled", () -> "true");
        registry.add("konsultasi.whatsapp.api-url",
                () -> "http://127.0.0.1:" + STUB.getAddress().getPort() + "/v21.0/123456/messages");
        registry.add("konsultasi.whatsapp.token", () -> "token-uji");
        // the test drives the job
        registry.add("konsultasi.whatsapp.poll-interval", () -> "1h");
    }

    @AfterAll
    static void stop() {
        STUB.stop(0);
    }

    String receiptLine(long id) throws Exception {
        String page = mvc.perform(get("/staf/permohonan/" + id).with(Staff.as(users, "sekretariat.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(page).select("#applicant-told [data-kind=RECEIPT]").text();
    }

    List<String> bodiesWith(String text) {
        return BODIES.stream().filter(b -> b.contains(text)).toList();
    }

    @Test
    void theReceiptIsSentOnceAsATemplateMessageRetriedWhileTheApiAnswers500() throws Exception {
        TestClock.INSTANCE.set(TestClock.START);
        Receipt receipt = requests.submit(fixtures.office("babel").getId(), new NewRequest(Channel.ONLINE,
                UUID.randomUUID().toString(), new NewRequest.ApplicantData(ApplicantType.PERSON, "Budi Tanpa Surel", null,
                null, null, "0812-3456-7001", null, null), "Bantuan lansia", "Bertanya", ConsultationMode.IN_PERSON,
                null, false, true).inLanguage("en"), List.of(), Actor.applicant());
        long id = receipt.requestId();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from whatsapp_outbox where request_id = ?", Integer.class, id) == 1);

        // the API is down: the attempt is counted, and the next waits a minute
        ANSWER.set(500);
        sender.sendDue();
        assertThat(bodiesWith(receipt.receiptNumber())).hasSize(1);
        assertThat(jdbc.queryForObject("select status || ' ' || attempts from whatsapp_outbox where request_id = ?",
                String.class, id)).isEqualTo("PENDING 1");
        sender.sendDue();
        assertThat(bodiesWith(receipt.receiptNumber())).hasSize(1);
        assertThat(receiptLine(id)).contains("WhatsApp (otomatis) menunggu dikirim", "Belum disampaikan");

        // a minute later the API answers: sent, once
        ANSWER.set(200);
        TestClock.INSTANCE.advance(Duration.ofMinutes(2));
        sender.sendDue();
        TestClock.INSTANCE.advance(Duration.ofHours(1));
        sender.sendDue();
        List<String> sent = bodiesWith(receipt.receiptNumber());
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1)).contains("\"messaging_product\":\"whatsapp\"", "\"to\":\"6281234567001\"",
                "\"type\":\"template\"", "\"name\":\"konsultasi_tanda_terima\"", "\"code\":\"en\"",
                "\"type\":\"body\"", "Budi Tanpa Surel", "/lacak/" + receipt.trackingToken());
        assertThat(TOKENS).allMatch("Bearer token-uji"::equals);
        // the secret tracking link waits encrypted, never in clear
        byte[] stored = jdbc.queryForObject("select parameters_encrypted from whatsapp_outbox where request_id = ?",
                byte[].class, id);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(receipt.trackingToken(), "Budi");
        assertThat(jdbc.queryForObject("select status || ' ' || attempts from whatsapp_outbox where request_id = ?",
                String.class, id)).isEqualTo("SENT 2");

        // the same event handled again (replayed after a crash) queues nothing more
        cloudMessages.on(new RequestSubmitted(id, fixtures.office("babel").getId(), Channel.ONLINE));
        assertThat(jdbc.queryForObject("select count(*) from whatsapp_outbox where request_id = ?", Integer.class, id))
                .isEqualTo(1);

        // the request page says so
        assertThat(receiptLine(id)).contains("WhatsApp (otomatis)").doesNotContain("Belum disampaikan", "menunggu");
    }

    @Test
    void theAnswerLetterAndTheReminderAreSentOnceEachInTheApplicantsLanguage() throws Exception {
        Office buton = fixtures.office("buton");
        StaffUser officer = fixtures.officer("buton");
        LocalDate wednesday = LocalDate.of(2026, 12, 9);
        TestClock.INSTANCE.set(wednesday.atTime(7, 0), buton.zone());
        Receipt receipt = requests.submit(buton.getId(), new NewRequest(Channel.LETTER, UUID.randomUUID().toString(),
                new NewRequest.ApplicantData(ApplicantType.PERSON, "Wa Ode Tanpa Surel", null, null, null,
                        "+6285200007002", null, null), "Bantuan disabilitas", "Bertanya", ConsultationMode.IN_PERSON,
                null, false, true), List.of(), Actor.applicant());
        long id = receipt.requestId();
        dispositions.decide(Staff.principal(users, "kadis.buton"), id, new DispositionService.Decision(
                consultationRequests.findById(id).orElseThrow().getVersion(), UUID.randomUUID().toString(),
                DispositionDecision.ACCEPTED, null, ConsultationMode.IN_PERSON, null, officer.getId(), List.of(),
                Urgency.ROUTINE, Set.of(), null));
        mvc.perform(post("/staf/jadwal/permohonan/" + id).with(csrf()).with(Staff.as(users, officer.getUsername()))
                        .param("date", wednesday.plusDays(1).toString()).param("startTime", "10:00")
                        .param("durationMinutes", "60").param("mode", "IN_PERSON")
                        .param("roomId", String.valueOf(fixtures.room("buton").getId()))
                        .param("officerIds", String.valueOf(officer.getId()))
                        .param("contactPersonId", String.valueOf(officer.getId())).param("lateReason", "uji"))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select kind from whatsapp_outbox where request_id = ? order by id", String.class, id)
                .equals(List.of("RECEIPT", "ANSWER_LETTER")));

        // the reminder goes out on the working day before, at the office's hour; the WhatsApp one follows it, once
        TestClock.INSTANCE.set(wednesday.atTime(9, 30), buton.zone());
        reminders.remindApplicants();
        assertThat(cloudReminders.follow()).isEqualTo(1);
        assertThat(cloudReminders.follow()).isZero();
        assertThat(jdbc.queryForList("select kind from whatsapp_outbox where request_id = ? order by id", String.class,
                id)).containsExactly("RECEIPT", "ANSWER_LETTER", "REMINDER");

        ANSWER.set(200);
        sender.sendDue();
        List<String> sent = bodiesWith("6285200007002");
        assertThat(sent).hasSize(3);
        assertThat(sent).anySatisfy(body -> assertThat(body).contains("konsultasi_surat_jawaban", "\"code\":\"id\"",
                "Kamis, 10 Desember 2026, 10.00 - 11.00 WITA"));
        assertThat(sent).anySatisfy(body -> assertThat(body).contains("konsultasi_pengingat", "Kamis, 10 Desember 2026"));
    }
}
