package dev.rustgo.policy;

import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.Position;
import java.time.LocalDate;
import org.codehaus.plexus.util.SelectorUtils;

/**
 * A recorded exception to a rule for some services: who asked, why, and until when. After
 * {@code expires} it no longer suppresses anything.
 *
 * @param service a service name, or a glob ({@code payments-*})
 * @param file the policy file and the place of the waiver in it, for findings about the waiver
 */
public record Waiver(
        String service,
        PolicyRule rule,
        String reason,
        String owner,
        LocalDate expires,
        String file,
        Position position) {

    /** The reason and owner are logged on one line: a folded block's last line break goes, others show as escapes. */
    public Waiver {
        reason = reason == null ? null : Problem.oneLine(reason.strip());
        owner = owner == null ? null : Problem.oneLine(owner.strip());
    }

    public boolean matches(Finding finding) {
        return finding.rule().equals(rule.id())
                && finding.service() != null
                && SelectorUtils.match(service, finding.service(), true);
    }

    public boolean activeOn(LocalDate day) {
        return !day.isAfter(expires);
    }
}
