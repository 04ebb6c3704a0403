// rustgo:baseline records the findings; the reformatted portfolio passes (fingerprints ignore lines);
// a new Rust candidate fails the build, and only it. (build.log holds the last invocation.)
import groovy.json.JsonSlurper

def baseline = new JsonSlurper().parse(new File(basedir, 'rustgo-baseline.json'), 'UTF-8')
assert baseline.schemaVersion == 1
assert baseline.findings*.rule.sort() == ['go-fit-in-rust', 'rust-candidate-in-go']
assert baseline.findings*.fingerprint.every { it ==~ /[0-9a-f]{24}/ }

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] v3/services/matcher.yaml:9:13: [rust-candidate-in-go] (in the baseline) matcher is a Rust candidate')
assert log =~ /\[ERROR\] v3\/services\/ingest\.yaml:6:13: \[rust-candidate-in-go\] ingest is a Rust candidate/
assert log.contains('rustgo: 1 finding fails the build (1 error: 1 rust-candidate-in-go)')
assert log.contains(', 2 in the baseline, 0 fixed; result: fail')

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'), 'UTF-8')
assert audit.findings.findAll { it.failsBuild }*.service == ['ingest']
assert audit.findings.findAll { it.baselined }*.service.sort() == ['admin', 'matcher']
return true
