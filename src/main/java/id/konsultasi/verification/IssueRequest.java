package id.konsultasi.verification;

/**
 * A letter to issue: the office, its kind and number, what it is of ({@code reference}: a letter is issued once per
 * kind and reference, e.g. {@code "appointment:12:045/BTN/2026"}) and who signs it ({@code signatoryPost} null: the
 * head of the office, "Kepala ..."; no name and no post: the office itself, for a receipt or a recap). A letter signed
 * on the head's behalf names the post as its signature block writes it ("Plh. Kepala ...").
 */
public record IssueRequest(long officeId, LetterKind kind, String number, String reference, String signatoryName,
                           String signatoryPost) {

    /**
     * A reference for a document issued once per content (a lembar disposisi, which the assignment completes): what
     * it is of and the SHA-256 of what it says, e.g. of its HTML before the verification block.
     */
    public static String contentReference(String of, String content) {
        return of + ":" + SigningKeys.sha256(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 32);
    }

    public IssueRequest {
        if (number == null || number.isBlank() || reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("a letter is issued with its number and reference");
        }
    }
}
