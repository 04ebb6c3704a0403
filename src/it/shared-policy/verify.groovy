// One policy for many repositories. company-policy is the organisation's policy in a jar; payments
// adds the jar to the plugin's <dependencies> and its own rustgo-policy.yaml extends
// classpath:company/rustgo-policy.yaml, adding a threshold and its own waiver. The organisation made
// rust-candidate-without-rust-experience an error and needs-review off, so matcher fails the build
// and ledger, waived by the repository, does not. billing extends a shared policy that still holds a
// waiver: a positioned problem that names the file inside the jar.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}

// payments: the organisation's severity, the repository's waiver.
hasLine '[ERROR] services/matcher.yaml:10:26: [rust-candidate-without-rust-experience] matcher is a Rust candidate but its team has no Rust experience; plan the onboarding (about a month for Rust async) or pair the team with Rust-experienced engineers'
hasLine '[INFO] services/ledger.yaml:10:26: [rust-candidate-without-rust-experience] waived until 2027-03-01 (payments: the Rust guild pairs with the team from January)'
assert log.any { it.contains('on project payments: rustgo: 1 finding fails the build (1 error: 1 rust-candidate-without-rust-experience)') }
def payments = new JsonSlurper().parse(new File(basedir, 'payments/target/rustgo/audit.json'))
assert payments.summary.policy == 'rustgo-policy.yaml (extends company-policy-1.0.0.jar!/company/rustgo-policy.yaml)'
assert payments.findings.collect { [it.rule, it.service, it.severity] } == [
        ['rust-candidate-without-rust-experience', 'matcher', 'error'],
        ['decision-recorded', 'ledger', 'info'],
        ['decision-recorded', 'matcher', 'info'],
]
assert !payments.findings.any { it.rule == 'needs-review' } // off in the organisation's policy

// billing: the problem is placed in the jar, by the jar's name and the path inside it.
hasLine "[ERROR] company-policy-1.0.0.jar!/company/legacy-policy.yaml:5:3: waivers stay in each repository's own policy, and this policy is extended by another; move them to the policy that extends it"
def billing = new JsonSlurper().parse(new File(basedir, 'billing/target/rustgo/audit.json'))
assert billing.errors == [[file: 'company-policy-1.0.0.jar!/company/legacy-policy.yaml', line: 5, column: 3,
        message: "waivers stay in each repository's own policy, and this policy is extended by another; move them to the policy that extends it"]]
assert billing.files.failed == ['company-policy-1.0.0.jar!/company/legacy-policy.yaml']
true
