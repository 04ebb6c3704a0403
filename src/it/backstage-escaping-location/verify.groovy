// A Location's targets are followed only to files inside the project: the one that leaves it (to a
// valid catalog file prebuild.groovy put there), the URL and the missing file each give one
// location-not-followed warning at the target's own place, and are never read; the target inside
// the project is audited. Warnings do not fail the build.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}

// The file outside is there, and is a service the loader would read, were it followed.
def outside = new File(basedir, '../escaping-location-outside/catalog-info.yaml')
assert outside.isFile()
assert outside.text.contains('name: outsider')

def warnings = [
    "[WARNING] catalog-info.yaml:10:7: [location-not-followed] Location target '../escaping-location-outside/catalog-info.yaml' is outside the project; it was not followed",
    "[WARNING] catalog-info.yaml:11:7: [location-not-followed] Location target 'https://github.com/acme/platform/blob/main/catalog-info.yaml' is a URL; only files inside the project are read, so it was not followed",
    "[WARNING] catalog-info.yaml:13:7: [location-not-followed] Location target './teams/indexing.yaml' does not exist",
]
assert log.findAll { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') } == warnings
// The target inside the project (not matched by the default includes) was followed and audited.
assert log.any { it ==~ /\[INFO\] search-api +go +go +1\.00 +keep +G-GOOD-ENOUGH p99LatencyMs 120/ }
hasLine '[INFO] rustgo: 1 service (0 rust, 1 go, 0 review); findings: 0 error, 3 warning, 0 info; result: warn; report: target/rustgo/audit.json'
hasLine '[INFO] BUILD SUCCESS'
// Nothing of the file outside reached the audit.
assert !log.any { it.contains('outsider') || it.contains('someone-else') }

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
assert audit.services.collect { [it.name, it.file] } == [['search-api', 'teams/search.yaml']]
assert audit.findings.collect { [it.rule, it.severity, it.file, it.line, it.column, it.failsBuild] } == [
        ['location-not-followed', 'warning', 'catalog-info.yaml', 10, 7, false],
        ['location-not-followed', 'warning', 'catalog-info.yaml', 11, 7, false],
        ['location-not-followed', 'warning', 'catalog-info.yaml', 13, 7, false],
]
assert audit.findings.every { !it.containsKey('service') }
assert audit.errors == []
// Read: the root catalog and teams/search.yaml; not the file outside, not the URL.
assert audit.files.read == 2
assert audit.files.failed == []
assert audit.summary.subMap(['services', 'go', 'result']) == [services: 1, go: 1, result: 'warn']
assert !new File(basedir, 'target/rustgo/audit.json').text.contains('outsider')
true
