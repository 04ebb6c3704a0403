package dev.rustgo.policy;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The policy file's waivers, applied to the findings: an active waiver takes the findings it covers
 * out, and says so; an expired, soon expiring or unused waiver is a finding of its own.
 */
final class Waivers {

    private Waivers() {}

    /** Takes what active waivers cover out of {@code findings}, adds the waivers' own findings; what was waived. */
    static List<PolicyEngine.Waived> apply(Subject subject, Findings findings) {
        List<PolicyEngine.Waived> waived = new ArrayList<>();
        Set<Waiver> used = new HashSet<>();
        List<Waiver> waivers = subject.policy().waivers();
        for (Iterator<Finding> it = findings.list().iterator(); it.hasNext(); ) {
            Finding f = it.next();
            for (Waiver w : waivers) {
                if (w.activeOn(subject.today()) && w.matches(f)) {
                    waived.add(new PolicyEngine.Waived(f, w));
                    used.add(w);
                    it.remove();
                    break;
                }
            }
        }
        for (Waiver w : waivers) {
            String what = "the waiver of " + w.rule().id() + " for " + w.service() + " (owner " + w.owner() + ")";
            String about = w.rule().id() + " " + w.service();
            int line = w.position().line();
            int column = w.position().column();
            if (!w.activeOn(subject.today())) {
                findings.add(
                        PolicyRule.WAIVER_EXPIRED,
                        null,
                        w.file(),
                        line,
                        column,
                        what + " expired on " + w.expires() + "; it no longer suppresses anything",
                        about);
                continue;
            }
            if (subject.expiresSoon(w.expires())) {
                findings.add(
                        PolicyRule.WAIVER_EXPIRING,
                        null,
                        w.file(),
                        line,
                        column,
                        what + " expires on " + w.expires() + ", in "
                                + ChronoUnit.DAYS.between(subject.today(), w.expires()) + " days",
                        about);
            }
            if (!used.contains(w)) {
                findings.add(
                        PolicyRule.WAIVER_UNUSED,
                        null,
                        w.file(),
                        line,
                        column,
                        what + " covers nothing reported any more",
                        about);
            }
        }
        waived.sort(Comparator.comparing(PolicyEngine.Waived::finding, Finding.ORDER));
        return waived;
    }
}
