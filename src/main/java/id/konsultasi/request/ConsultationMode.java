package id.konsultasi.request;

import id.konsultasi.shared.Labelled;

/** Tatap muka or daring. */
public enum ConsultationMode implements Labelled {
    IN_PERSON, ONLINE;

    @Override
    public String labelPrefix() {
        return "consultationMode";
    }

    /** The mode as it reads inside a sentence, in lower case: "secara {tatap muka}". */
    public String inWordsKey() {
        return "consultationMode.inWords." + name();
    }
}
