package dev.rustgo.policy;

import dev.rustgo.criteria.Criterion;
import dev.rustgo.diagnostics.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * What the policy says about a service or the portfolio: the rule that raised it, its severity,
 * the criterion behind it (if any), and where to look. Portfolio-wide findings have no service and
 * no file.
 *
 * @param about what the finding is about beyond its rule and its service (or file), where one rule
 *     can fire several times for the same one: a dependency's name, a Location's target, a waiver;
 *     {@code null} where the rule and the service (or file) say it all. Part of the fingerprint, so it
 *     never holds counts, dates or anything else that changes while the finding stays the same.
 */
public record Finding(
        String rule,
        Severity severity,
        Criterion criterion,
        String service,
        String file,
        int line,
        int column,
        String message,
        String about) {

    /** The message is one line, whatever descriptor text it quotes ({@link Problem#oneLine}). */
    public Finding {
        message = Problem.oneLine(message);
    }

    /** Most severe first, then by place, so reports read the same on every run. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .reversed()
            .thenComparing(f -> f.file() == null ? "" : f.file())
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.service() == null ? "" : f.service())
            .thenComparing(Finding::message);

    /**
     * What identifies the finding across runs: the rule, the service (or, for findings about no
     * service, the file, or the portfolio) and {@link #about}; never the line or column, so moving or
     * reformatting a descriptor keeps it, and never the message, whose evidence, counts and dates
     * change while the finding stays the same (a share of "5 of 14", a waiver expiring "in 12 days").
     */
    public String fingerprint() {
        String subject = service != null ? service : file != null ? "file:" + file : "portfolio";
        String key = rule + "\u0000" + subject + (about == null ? "" : "\u0000" + about);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** {@code services/a.yaml:7} or, for the portfolio, {@code portfolio}. */
    public String place() {
        return file == null ? "portfolio" : file + ":" + line + ":" + column;
    }
}
