package id.konsultasi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the outbox logs of a failed attempt names no recipient (LogPrivacyTests cannot make the server refuse). */
class OutboxLogTextTests {

    @Test
    void anSmtpRefusalIsLoggedWithoutTheAddressItNames() {
        String refusal = "550 5.1.1 <wa.ode.sitti@contoh.id>: Recipient address rejected; also cc andi.ucok+kons@mail.co.id";
        assertThat(OutboxSender.withoutAddresses(refusal))
                .doesNotContain("wa.ode.sitti", "contoh.id", "andi.ucok", "mail.co.id")
                .contains("550 5.1.1", "Recipient address rejected");
        assertThat(OutboxSender.withoutAddresses(null)).isNull();
    }
}
