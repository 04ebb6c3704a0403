// With no includes configured, exactly the *.rustgo.yaml/.yml files (at any depth) and the .yaml/.yml
// files under services/ are read; decoys elsewhere, and anything under target/, node_modules/ or .git/
// (made by prebuild.groovy), are not.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()

// Every decoy is in place: the committed ones were cloned, the others made by prebuild.groovy.
['apps/search/deploy/search-api.yaml', 'docs/services.yaml', 'services/orders-api.yaml.bak',
 'target/generated/stale.rustgo.yaml', 'target/services/stale.yaml', 'services/target/stale.yaml',
 'node_modules/some-package/bundled.rustgo.yaml', 'services/node_modules/some-package/services/vendored.yaml',
 '.git/hooks/hook.rustgo.yaml', 'services/.git/leftover.yaml'].each {
    assert new File(basedir, it).isFile() : "decoy $it is missing"
}

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
assert audit.services.collect { [it.name, it.file] }.sort { it[0] } == [
        ['edge-auth', 'edge-auth.rustgo.yaml'],
        ['ledger-sync', 'services/payments/internal/ledger-sync.yaml'],
        ['orders-api', 'services/orders-api.yaml'],
        ['refunds', 'services/payments/refunds.yml'],
        ['search-api', 'apps/search/deploy/search-api.rustgo.yml'],
]
assert audit.files.read == 5
assert audit.errors == []
// No decoy was read, not even as an empty or broken file.
assert audit.findings == []
assert !log.any { it.contains('decoy') }
assert log.contains('[INFO] rustgo: 5 services (0 rust, 5 go, 0 review); findings: 0 error, 0 warning, 0 info; result: pass; report: target/rustgo/audit.json')
assert log.contains('[INFO] BUILD SUCCESS')
true
