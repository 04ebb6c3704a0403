package dev.rustgo.criteria;

/**
 * Where a threshold comes from: a sentence of one of the two guides (its file, {@code 000} or
 * {@code 001}, and the words quoted exactly as written there), or an engineering assumption with
 * its reasoning. Every threshold has one; a test checks that each quote is in its guide.
 *
 * @param guide {@code "000"} (the engineering comparison) or {@code "001"} (the decision guide), or
 *     {@code null} for an assumption
 * @param quote the guide's words, verbatim; {@code null} for an assumption
 * @param reasoning how the number follows from the quote, or why the assumption is reasonable
 */
public record Source(String guide, String quote, String reasoning) {

    public Source {
        if ((guide == null) != (quote == null) || reasoning == null || reasoning.isBlank()) {
            throw new IllegalArgumentException("a source is a guide with its quote, or an assumption, and a reason");
        }
    }

    static Source guide(String guide, String quote, String reasoning) {
        return new Source(guide, quote, reasoning);
    }

    static Source assumption(String reasoning) {
        return new Source(null, null, reasoning);
    }

    public boolean isAssumption() {
        return guide == null;
    }

    /** {@code 001: "245K rps is more than most services will ever need"}, or {@code assumption}. */
    public String citation() {
        return isAssumption() ? "assumption" : guide + ": \"" + quote + "\"";
    }
}
