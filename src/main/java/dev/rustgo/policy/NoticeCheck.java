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
                PolicyRule.SERVICE_NOT_DESCRIBED);
    }

    @Override
    public void check(Subject subject, Findings findings) {
        for (Notice notice : subject.notices()) {
            Problem where = notice.where();
            findings.add(
                    PolicyRule.of(notice.kind()),
                    notice.service(),
                    where.file(),
                    where.line(),
                    where.column(),
                    where.message(),
                    notice.about());
        }
    }
}
