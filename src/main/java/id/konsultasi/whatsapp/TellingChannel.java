package id.konsultasi.whatsapp;

/** How a member of staff told the applicant: a WhatsApp message opened through wa.me, or a letter handed over. */
public enum TellingChannel {
    WHATSAPP_LINK, PRINT;

    String labelKey() {
        return "told.channel." + name();
    }
}
