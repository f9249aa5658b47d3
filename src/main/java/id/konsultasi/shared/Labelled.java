package id.konsultasi.shared;

/**
 * A value shown to users through a message key. Every enum implementing it must have a key
 * for each constant in both bundles ({@code MessageBundleTests} checks it).
 */
public interface Labelled {

    String name();

    /** The prefix of the message keys, e.g. {@code role} for {@code role.KADIS}. */
    String labelPrefix();

    default String labelKey() {
        return labelPrefix() + "." + name();
    }
}
