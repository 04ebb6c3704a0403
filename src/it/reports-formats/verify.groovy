// Every CI-facing format is written, and under GitHub Actions the annotations and the job summary.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def dir = new File(basedir, 'target/rustgo')
assert new File(dir, 'audit.json').isFile()

// Each service's line says what to do about it, in the terms of its language; the closing line names
// audit.json, though gl-code-quality-report.json is written too (and sorts first).
def lines = log.readLines()
def hasLine = { String expected ->
    assert lines.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${lines.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}
hasLine '[INFO] SERVICE  LANGUAGE  VERDICT CONF  ACTION           TOP REASONS'
hasLine '[INFO] admin    rust      go      1.00  reconsider-rust  G-CONTROL-PLANE role admin-api'
hasLine '[INFO] matcher  go        rust    1.00  consider-rust    R-TAIL p99LatencyMs 2; R-THROUGHPUT peakRps 400000; R-CONCURRENCY concurrency hard'
hasLine '[INFO] orders   go        go      1.00  keep             G-GOOD-ENOUGH p99LatencyMs 150'
hasLine '[INFO] rustgo: 3 services (1 rust, 2 go, 0 review); findings: 1 error, 2 warning, 0 info; result: warn; report: target/rustgo/audit.json'

def sarif = new JsonSlurper().parse(new File(dir, 'audit.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'rustgo'
assert run.tool.driver.rules*.id.containsAll(['rust-candidate-in-go', 'go-fit-in-rust', 'needs-review'])
def rule = run.tool.driver.rules.find { it.id == 'rust-candidate-in-go' }
assert rule.shortDescription.text == 'A Rust candidate written in Go'
assert rule.helpUri.endsWith('/docs/rules.md#rust-candidate-in-go')
assert rule.defaultConfiguration.level == 'error'
def result = run.results.find { it.ruleId == 'rust-candidate-in-go' }
assert result.level == 'error'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'services/matcher.yaml'
assert result.locations[0].physicalLocation.region.startLine == 6
assert result.partialFingerprints['rustgoFinding/v1'] ==~ /[0-9a-f]{24}/
assert run.results.find { it.ruleId == 'go-fit-in-rust' }.level == 'warning'

def doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(dir, 'TEST-rustgo.xml'))
def root = doc.documentElement
assert root.tagName == 'testsuites'
def suites = (0..<root.getElementsByTagName('testsuite').length).collect { root.getElementsByTagName('testsuite').item(it) }
def services = suites.find { it.getAttribute('name') == 'rustgo.services' }
assert services.getAttribute('tests') == '3'
def cases = (0..<services.getElementsByTagName('testcase').length).collect { services.getElementsByTagName('testcase').item(it) }
assert cases*.getAttribute('name') == ['admin', 'matcher', 'orders']
// failOn=never: nothing fails the build, so nothing is a <failure>; the findings are in system-out.
assert services.getAttribute('failures') == '0'
assert services.getElementsByTagName('failure').length == 0
assert cases.find { it.getAttribute('name') == 'matcher' }.getElementsByTagName('system-out').item(0).textContent.contains('[rust-candidate-in-go]')
assert suites.find { it.getAttribute('name') == 'rustgo.portfolio' }.getElementsByTagName('testcase').length == 9

assert cases.find { it.getAttribute('name') == 'admin' }.getElementsByTagName('system-out').item(0).textContent.contains('action (reconsider-rust): reconsider Rust while it is new')

def md = new File(dir, 'audit.md').getText('UTF-8')
assert md.startsWith('## ⚠️ rustgo audit: warn\n')
assert md.contains('| matcher | go | **rust** |')
assert md.contains('**rust\\-candidate\\-in\\-go**')

def summary = new File(basedir, 'step-summary.md')
assert summary.isFile() : 'GITHUB_STEP_SUMMARY was not appended'
assert summary.getText('UTF-8') == md + '\n'

// GitLab's Code Quality report: one issue per finding, with the fields GitLab documents.
def issues = new JsonSlurper().parse(new File(dir, 'gl-code-quality-report.json'), 'UTF-8')
def audit = new JsonSlurper().parse(new File(dir, 'audit.json'), 'UTF-8')
assert issues.size() == audit.findings.size()
issues.each { issue ->
    assert issue.keySet().containsAll(['description', 'check_name', 'fingerprint', 'severity', 'location'])
    assert issue.severity in ['info', 'minor', 'major', 'critical', 'blocker']
    assert issue.location.path && !issue.location.path.startsWith('/') && issue.location.lines.begin >= 1
}
assert issues*.fingerprint as Set == audit.findings*.fingerprint as Set
// What to do about each service, as an id and a sentence.
assert audit.services.collectEntries { [it.name, it.action] } == [
    admin: [id: 'reconsider-rust', text: 'reconsider Rust while it is new: it is a strong Go fit and nothing here asks for Rust; build it in Go, or record why Rust is needed in spec.decision'],
    matcher: [id: 'consider-rust', text: 'consider a move to Rust; write spec.resources.monthlyCost or instances to see its payback'],
    orders: [id: 'keep', text: 'keep; it is in Go, and no requirement here asks for Rust'],
]
def candidate = issues.find { it.check_name == 'rust-candidate-in-go' }
assert candidate.location == [path: 'services/matcher.yaml', lines: [begin: 6]]
assert candidate.severity == 'major' // an error that fails nothing here: rustgo.failOn=never

def annotations = log.readLines().findAll { it.startsWith('::') }
assert annotations.any { it.startsWith('::warning file=services/matcher.yaml,line=6,col=13,title=rustgo%3A rust-candidate-in-go::matcher is a Rust candidate') }
assert annotations.any { it.startsWith('::warning file=services/admin.yaml,line=6,col=13,title=rustgo%3A go-fit-in-rust::') }
return true
