package id.konsultasi.whatsapp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.SignedIn;
import id.konsultasi.support.WebSlice;
import id.konsultasi.whatsapp.TellingService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The request page's WhatsApp and hand-over buttons: each records through the service, then the WhatsApp one opens
 * wa.me from a page of this application (the form may only post here), the hand-over one goes back to the request.
 * Anonymous visitors go to the login page; a request the service does not find for this person is a 404.
 */
@WebSlice(TellingController.class)
class TellingControllerTests {

    private static final StaffPrincipal DESK = SignedIn.staff(7L, Role.PIKET);
    private static final String ADDRESS = "https://wa.me/6281377712345?text=Halo%20Siti";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TellingService telling;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(post("/staf/kabar/5/RECEIPT/whatsapp").with(csrf())).andExpect(redirectedUrl("/masuk"));
        mvc.perform(get("/staf/kabar/5/RECEIPT/whatsapp")).andExpect(redirectedUrl("/masuk"));
        mvc.perform(post("/staf/kabar/5/RECEIPT/diserahkan").with(csrf())).andExpect(redirectedUrl("/masuk"));
        verify(telling, never()).sendByWhatsApp(any(), anyLong(), anyString());
        verify(telling, never()).handedOver(any(), anyLong(), anyString());
    }

    @Test
    void theWhatsAppButtonRecordsTheSendThenItsTabOpensWhatsAppWithTheMessage() throws Exception {
        mvc.perform(post("/staf/kabar/5/RECEIPT/whatsapp").with(csrf()).with(SignedIn.as(DESK)))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/staf/kabar/5/RECEIPT/whatsapp"));
        verify(telling).sendByWhatsApp(DESK, 5, "RECEIPT");

        when(telling.whatsAppLink(DESK, 5, "RECEIPT")).thenReturn(new TellingService.WhatsAppLink(
                "KONS/BBL/2026/000001", "6281377712345", "Halo Siti", ADDRESS));
        String html = mvc.perform(get("/staf/kabar/5/RECEIPT/whatsapp").with(SignedIn.as(DESK)))
                .andExpect(status().isOk()).andExpect(header().string("Refresh", "0; url=" + ADDRESS))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#open-whatsapp").attr("href")).isEqualTo(ADDRESS);
        assertThat(page.select("#whatsapp-text").text()).isEqualTo("Halo Siti");
        assertThat(page.text()).contains("KONS/BBL/2026/000001", "+6281377712345");
    }

    @Test
    void withoutTheFormsTokenNothingIsRecorded() throws Exception {
        mvc.perform(post("/staf/kabar/5/RECEIPT/whatsapp").with(SignedIn.as(DESK))).andExpect(status().isForbidden());
        mvc.perform(post("/staf/kabar/5/RECEIPT/diserahkan").with(SignedIn.as(DESK))).andExpect(status().isForbidden());
        verify(telling, never()).sendByWhatsApp(any(), anyLong(), anyString());
        verify(telling, never()).handedOver(any(), anyLong(), anyString());
    }

    @Test
    void aRequestOrMessageTheServiceDoesNotFindIsA404() throws Exception {
        doThrow(new NotFoundException("request 6")).when(telling).sendByWhatsApp(DESK, 6, "RECEIPT");
        when(telling.whatsAppLink(DESK, 6, "RECEIPT")).thenThrow(new NotFoundException("request 6"));
        doThrow(new NotFoundException("message")).when(telling).handedOver(DESK, 6, "SURVEY_INVITATION");
        mvc.perform(post("/staf/kabar/6/RECEIPT/whatsapp").with(csrf()).with(SignedIn.as(DESK)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staf/kabar/6/RECEIPT/whatsapp").with(SignedIn.as(DESK))).andExpect(status().isNotFound());
        mvc.perform(post("/staf/kabar/6/SURVEY_INVITATION/diserahkan").with(csrf()).with(SignedIn.as(DESK)))
                .andExpect(status().isNotFound());
    }

    @Test
    void handedOverAtTheCounterGoesBackToTheRequestWithAMessage() throws Exception {
        mvc.perform(post("/staf/kabar/5/CLOSING_LETTER/diserahkan").with(csrf()).with(SignedIn.as(DESK)))
                .andExpect(redirectedUrl("/staf/permohonan/5")).andExpect(flash().attribute("flash", "told.handedOver"));
        verify(telling).handedOver(DESK, 5, "CLOSING_LETTER");
    }
}
