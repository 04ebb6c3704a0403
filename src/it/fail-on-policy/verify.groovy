// A Rust candidate written in Go, no decision recorded: rust-candidate-in-go (error) fails the build with
// a MojoFailureException whose message is one line; the report is still written.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}

hasLine '[ERROR] services/matcher.yaml:9:13: [rust-candidate-in-go] matcher is a Rust candidate (R-TAIL latencyIncidents 3 at a p99 target of 2 ms, R-THROUGHPUT peakRps 400000, R-CONCURRENCY concurrency hard) but is written in go; record the decision to stay on Go in spec.decision (with its record), or plan the move to Rust'
// The same verdict with a valid recorded decision is information, not a failure.
hasLine '[INFO] services/risk-check.yaml:21:15: [decision-recorded] risk-check has verdict rust and language go; decision recorded: go, docs/adr/0003-risk-check.md, decided 2026-06-01, until 2027-06-01'
assert !log.any { it.startsWith('[WARNING]') }
hasLine '[INFO] rustgo: 3 services (2 rust, 1 go, 0 review); findings: 1 error, 0 warning, 1 info; result: fail; report: target/rustgo/audit.json'
// Maven 3.10 logs BUILD FAILURE at ERROR, the others at INFO.
assert log.any { it ==~ /\[(INFO|ERROR)\] BUILD FAILURE/ } : 'no BUILD FAILURE line'

// Maven's closing line carries the Mojo's message; ' -> [Help 1]' on the same line shows it is one line.
def failures = log.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert failures.size() == 1
def m = failures[0] =~ /^\[ERROR\] Failed to execute goal \S+:audit \(default\) on project fail-on-policy: (.*) -> \[Help 1\]$/
assert m.matches()
def message = m.group(1)
assert message.startsWith('rustgo: 1 finding fails the build (1 error: 1 rust-candidate-in-go)')
assert message == 'rustgo: 1 finding fails the build (1 error: 1 rust-candidate-in-go); fix it as the line above says, or record a decision in spec.decision (rustgo.failOn sets the gate)'
// A policy failure, not an execution error.
hasLine '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException'

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
def failing = audit.findings.findAll { it.failsBuild }
assert failing.size() == 1
assert failing[0].rule == 'rust-candidate-in-go'
assert failing[0].severity == 'error'
assert failing[0].service == 'matcher'
assert failing[0].file == 'services/matcher.yaml'
assert failing[0].line == 9
assert failing[0].message.startsWith('matcher is a Rust candidate (')
assert audit.findings.find { it.rule == 'decision-recorded' }?.service == 'risk-check'
assert audit.services.find { it.name == 'matcher' }.verdict == 'rust'
assert audit.errors == []
assert audit.summary.findings == [error: 1, warning: 0, info: 1]
assert audit.summary.result == 'fail'

// The JUnit report (rustgo.formats=junit): the finding that fails the build is a <failure> of its
// service's test case, at its place; the information about risk-check is output, not a failure.
def doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, 'target/rustgo/TEST-rustgo.xml'))
def elements = { node, String tag -> def list = node.getElementsByTagName(tag); (0..<list.length).collect { list.item(it) } }
def root = doc.documentElement
assert root.tagName == 'testsuites'
assert root.getAttribute('failures') == '1'
def services = elements(root, 'testsuite').find { it.getAttribute('name') == 'rustgo.services' }
assert services.getAttribute('tests') == '3'
assert services.getAttribute('failures') == '1'
def cases = elements(services, 'testcase')
assert cases.findAll { !elements(it, 'failure').isEmpty() }*.getAttribute('name') == ['matcher']
def matcher = cases.find { it.getAttribute('name') == 'matcher' }
assert matcher.getAttribute('file') == 'services/matcher.yaml'
def failure = elements(matcher, 'failure')
assert failure.size() == 1
assert failure[0].getAttribute('type') == 'rust-candidate-in-go'
assert failure[0].getAttribute('message') == failing[0].message
assert failure[0].textContent == 'error services/matcher.yaml:9:13 [rust-candidate-in-go] ' + failing[0].message
def riskCheck = cases.find { it.getAttribute('name') == 'risk-check' }
assert elements(riskCheck, 'failure').isEmpty()
assert elements(riskCheck, 'system-out')[0].textContent.contains('info services/risk-check.yaml:21:15 [decision-recorded] risk-check has verdict rust and language go')
true
