package dev.rustgo.policy;

import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import java.util.List;

/** The loader's notices (an empty file, a link or Location not followed, a service not described), each a finding of its rule. */
final class NoticeCheck implements Check {

    @Override
    public List<PolicyRule> rules() {
        return List.of(
                PolicyRule.EMPTY_DESCRIPTOR_FILE,
                PolicyRule.LINK_OUTSIDE_PROJECT,
                PolicyRule.LOCATION_NOT_FOLLOWED,
                PolicyRule.SERVICE_NOT_DESCRIBED,
                PolicyRule.DESCRIPTOR_DRIFT,
                PolicyRule.MANIFEST_NOT_READ,
                PolicyRule.MANIFEST_VALUE_IGNORED,
                PolicyRule.TEMPLATE_CONTENT_SKIPPED,
                PolicyRule.NO_SERVICES_FOUND);
    }

    @Override
    public void check(Subject subject, Findings findings) {
        for (Notice notice : subject.notices()) {
            Problem where = notice.where();
            PolicyRule rule = PolicyRule.of(notice.kind());
            // A service scored without annotations is a first run's normal state: info, unless the policy says.
            Severity severity = notice.kind() == Notice.Kind.SERVICE_SCORED_UNDESCRIBED
                            && !subject.policy().sets(rule)
                    ? Severity.INFO
                    : null;
            findings.add(
                    rule,
                    severity,
                    notice.service(),
                    where.file(),
                    where.line(),
                    where.column(),
                    where.message(),
                    notice.about());
        }
    }
}
