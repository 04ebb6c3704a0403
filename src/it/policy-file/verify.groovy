// The policy file found in the base directory: go-fit-in-rust turned off, matcher's finding waived,
// ingest's waiver expired, so its finding is back and fails the build, with a finding about the waiver.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def hasLine = { String expected -> assert log.contains(expected + '\n') || log.contains(expected + '\r\n'), "build.log has no line\n  ${expected}" }

hasLine '[INFO] services/matcher.yaml:6:13: [rust-candidate-in-go] waived until 2027-06-30 (trading-platform: Rewrite staffed for Q3)'
hasLine '[WARNING] rustgo-policy.yaml:12:5: [waiver-expired] the waiver of rust-candidate-in-go for ing* (owner data-platform) expired on 2026-10-31; it no longer suppresses anything'
assert log =~ /\[ERROR\] services\/ingest\.yaml:6:13: \[rust-candidate-in-go\] ingest is a Rust candidate/
assert !log.contains('[go-fit-in-rust]') : 'the rule is off'
assert log.contains('rustgo: 1 finding fails the build (1 error: 1 rust-candidate-in-go)')

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'), 'UTF-8')
assert audit.summary.policy == 'rustgo-policy.yaml'
assert audit.waived*.service == ['matcher']
assert audit.waived[0].waiver.expires == '2027-06-30'
assert audit.findings*.rule.sort() == ['rust-candidate-in-go', 'waiver-expired']
return true
