// audit.json of a three-service portfolio (a Rust service, a Go service, a Rust candidate kept in Go by a
// recorded decision, one dangling dependency): the structure plugin.md specifies, and the same bytes on
// every run (two executions in one JVM, and a third run in a fresh one).
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
['target/rustgo', 'target/rustgo-again', 'target/rustgo-rerun'].each {
    assert log.contains("[INFO] rustgo: 3 services (2 rust, 1 go, 0 review); findings: 0 error, 1 warning, 1 info; result: warn; report: $it/audit.json".toString())
}
assert log.count('[INFO] BUILD SUCCESS') == 2

def file = new File(basedir, 'target/rustgo/audit.json')
byte[] bytes = file.bytes
['target/rustgo-again/audit.json', 'target/rustgo-rerun/audit.json'].each {
    assert new File(basedir, it).bytes == bytes : "$it differs from target/rustgo/audit.json"
}
def text = new String(bytes, 'UTF-8')
assert !text.contains('\r')
assert text.endsWith('}\n')
// UTF-8, with non-ASCII text written as itself
assert text.contains('"owner": "trafic-r\u00e9seau"')

def audit = new JsonSlurper().parseText(text)
assert audit.keySet().containsAll(['schemaVersion', 'services', 'findings', 'errors', 'summary'])
assert audit.schemaVersion == 2
assert audit.referenceDate == '2026-11-24'

// services: every entry has the documented fields, with the documented value sets
assert audit.services*.name == ['edge-proxy', 'matcher', 'orders-api']
audit.services.each { s ->
    assert s.keySet().containsAll(['name', 'file', 'line', 'language', 'verdict', 'confidence', 'reasons'])
    assert s.file == "services/${s.name}.yaml".toString()
    assert s.line == 4 // metadata.name
    assert s.verdict in ['rust', 'go', 'review']
    assert s.confidence instanceof Number && s.confidence >= 0 && s.confidence <= 1
    assert !s.reasons.isEmpty()
    s.reasons.each { r ->
        assert r.criterion ==~ /[RGP]-[A-Z]+(-[A-Z]+)*/
        assert r.direction in ['rust', 'go']
        assert r.evidence instanceof String && !r.evidence.isEmpty()
        assert !r.containsKey('line') || (r.line instanceof Integer && r.line > 0)
    }
}
def service = audit.services.collectEntries { [it.name, it] }
assert [service['edge-proxy'].language, service['edge-proxy'].verdict] == ['rust', 'rust']
assert [service['matcher'].language, service['matcher'].verdict] == ['go', 'rust']
assert [service['orders-api'].language, service['orders-api'].verdict] == ['go', 'go']
// what to do, as an id and a sentence: the candidate stays in Go by its recorded decision
assert service.collectEntries { name, s -> [name, s.action.id] } == ['edge-proxy': 'keep', matcher: 'keep', 'orders-api': 'keep']
assert service['matcher'].action.text.startsWith('keep in Go, as decided in spec.decision (docs/adr/0007-matcher-language.md, until 2027-10-01); a move to Rust ')
// a reason points at the line its evidence was read from
assert service['matcher'].reasons.find { it.criterion == 'R-TAIL' }.subMap(['direction', 'evidence', 'line']) ==
        [direction: 'rust', evidence: 'p99LatencyMs 2', line: 12]
assert service['edge-proxy'].reasons.find { it.criterion == 'R-THROUGHPUT' }.subMap(['direction', 'evidence', 'line']) ==
        [direction: 'rust', evidence: 'peakRps 300000', line: 10]
assert service['orders-api'].reasons.any { it.criterion == 'G-GOOD-ENOUGH' && it.direction == 'go' && it.evidence == 'p99LatencyMs 150' && it.line == 11 }
assert service['orders-api'].reasons.every { it.direction == 'go' }
// Each service's status against the policy: orders-api's unknown-dependency warning makes it warn,
// matcher's decision-recorded info leaves it passing. Native descriptors are no catalog entity: no entityRef.
assert service.collectEntries { name, s -> [name, s.status] } == ['edge-proxy': 'pass', matcher: 'pass', 'orders-api': 'warn']
assert audit.services.every { !it.containsKey('entityRef') }

// findings: most severe first, each with rule, severity, service, place and message
audit.findings.each { f ->
    assert f.keySet().containsAll(['rule', 'severity', 'service', 'file', 'line', 'message'])
    assert f.severity in ['error', 'warning', 'info']
}
assert audit.findings.collect { it.subMap(['rule', 'severity', 'service', 'file', 'line', 'message']) } == [
    [rule: 'unknown-dependency', severity: 'warning', service: 'orders-api', file: 'services/orders-api.yaml', line: 15,
     message: "orders-api depends on 'billing', which is not in the portfolio"],
    [rule: 'decision-recorded', severity: 'info', service: 'matcher', file: 'services/matcher.yaml', line: 23,
     message: 'matcher has verdict rust and language go; decision recorded: go, docs/adr/0007-matcher-language.md, decided 2026-10-01, until 2027-10-01'],
]

assert audit.errors == []
assert audit.files == [read: 3, failed: []]
assert audit.summary.subMap(['services', 'rust', 'go', 'review', 'result']) == [services: 3, rust: 2, go: 1, review: 0, result: 'warn']
true
