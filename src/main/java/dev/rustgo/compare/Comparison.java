package dev.rustgo.compare;

import dev.rustgo.compare.Snapshot.FindingState;
import dev.rustgo.compare.Snapshot.ServiceState;
import dev.rustgo.diagnostics.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a change moves: the portfolio now against the same portfolio at a git revision or in an
 * earlier {@code audit.json}. Services added and removed, verdicts that changed with the reasons
 * that came and went, findings new and fixed (by fingerprint, as the baseline matches them), and the
 * Rust share before and after.
 *
 * @param against what the portfolio is compared with: a revision ({@code origin/main}) or a file
 * @param unread the files of the revision that git could not read, left out of it: each a warning at its path
 */
public record Comparison(
        String against,
        List<String> added,
        List<String> removed,
        List<VerdictChange> changed,
        Set<String> newFindings,
        List<FindingState> fixed,
        double shareBefore,
        double shareAfter,
        List<Problem> unread) {

    /** A service whose verdict moved, and the reasons that appeared and disappeared. */
    public record VerdictChange(String service, String before, String after, List<String> gained, List<String> lost) {}

    public Comparison {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        newFindings = Collections.unmodifiableSet(new LinkedHashSet<>(newFindings));
        fixed = List.copyOf(fixed);
        unread = List.copyOf(unread);
    }

    public static Comparison of(String against, Snapshot before, Snapshot now) {
        return of(against, before, now, List.of());
    }

    /** The comparison, with the files of the revision git could not read ({@code unread}). */
    public static Comparison of(String against, Snapshot before, Snapshot now, List<Problem> unread) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<VerdictChange> changed = new ArrayList<>();
        for (Map.Entry<String, ServiceState> e : now.services().entrySet()) {
            ServiceState old = before.services().get(e.getKey());
            if (old == null) {
                added.add(e.getKey());
            } else if (!old.verdict().equals(e.getValue().verdict())) {
                List<String> gained = new ArrayList<>(e.getValue().reasons());
                gained.removeAll(old.reasons());
                List<String> lost = new ArrayList<>(old.reasons());
                lost.removeAll(e.getValue().reasons());
                changed.add(new VerdictChange(
                        e.getKey(), old.verdict(), e.getValue().verdict(), gained, lost));
            }
        }
        for (String name : before.services().keySet()) {
            if (!now.services().containsKey(name)) {
                removed.add(name);
            }
        }
        Set<String> fresh = new LinkedHashSet<>();
        for (String fingerprint : now.findings().keySet()) {
            if (!before.findings().containsKey(fingerprint)) {
                fresh.add(fingerprint);
            }
        }
        List<FindingState> fixed = new ArrayList<>();
        before.findings().forEach((fingerprint, f) -> {
            if (!now.findings().containsKey(fingerprint)) {
                fixed.add(f);
            }
        });
        return new Comparison(against, added, removed, changed, fresh, fixed, before.share(), now.share(), unread);
    }

    /** Whether the finding of this fingerprint is one the change brought. */
    public boolean isNew(String fingerprint) {
        return newFindings.contains(fingerprint);
    }

    /** Whether nothing moved. */
    public boolean empty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && newFindings.isEmpty() && fixed.isEmpty();
    }
}
