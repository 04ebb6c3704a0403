// rustgo:scaffold writes a commented native descriptor (services/orders.yaml), refuses to overwrite it
// on a second run with one line, writes a Backstage catalog-info.yaml with -Drustgo.envelope=backstage,
// and the audit that follows loads both files as they are, with no warning.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}
// The goal names the file it wrote relative to the base directory, as the audit names files.
// 1. The native descriptor of a worker; nothing in the repository names its language, so go, and said so.
hasLine '[INFO] rustgo: language go, the default: the repository shows no build file of orders (-Drustgo.language sets another)'
hasLine '[INFO] rustgo: wrote services/orders.yaml; fill in what you know, then run mvn rustgo:explain -Drustgo.service=orders'
def orders = new File(basedir, 'services/orders.yaml').readLines()
assert orders.take(15) == [
    '# Service descriptor for the rustgo audit (the native envelope, rustgo.dev/v1).',
    '# Only name, language and role are required. Every field you add is evidence the verdict',
    '# can use; a field left out is evidence it goes without, and the report says which ones would',
    '# have changed the verdict. See how the audit reads it with:',
    '#   mvn rustgo:explain -Drustgo.service=orders',
    'apiVersion: rustgo.dev/v1',
    'kind: Service',
    'metadata:',
    '  name: orders',
    '  # owner: my-team                # free text: the owning team',
    '  # system: my-system             # free text: the system it belongs to (roll-ups, rustgo.system)',
    '  # description: What the service does',
    'spec:',
    '  language: go                    # go | rust | java | kotlin | python | node | dotnet | cpp | c | other | undecided',
    '  role: worker                    # data-plane | control-plane | admin-api | orchestration | api | worker | stream-processor | proxy | edge | storage | batch | tooling',
]
// Every optional field is there, commented out.
['owner', 'description', 'lifecycle', 'peakRps', 'p99LatencyMs', 'memoryBudgetMiB', 'instances', 'monthlyCost',
 'startupBudgetMs', 'criticality', 'deployment', 'concurrency', 'dependsOn', 'externalDependents', 'rustExperience',
 'goExperience', 'size', 'firstMilestone', 'deadline', 'latencyIncidents', 'concurrencyIncidents',
 'memorySafetyIncidents', 'decision'].each { field ->
    assert orders.any { it ==~ /  # +${field}:.*/ } : "services/orders.yaml has no commented-out ${field}"
}

// 2. The same name again: refused with one line naming the file that describes it, the file untouched.
def failures = log.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert failures.size() == 1
def m = failures[0] =~ /^\[ERROR\] Failed to execute goal \S+:scaffold \(default-cli\) on project scaffold: (.*) -> \[Help 1\]$/
assert m.matches() : failures[0]
assert m.group(1) == 'orders is already in the portfolio: services/orders.yaml:9:9 describes it; edit it there, or pick another rustgo.service'
hasLine '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException'
assert log.count { it ==~ /\[(INFO|ERROR)\] BUILD FAILURE/ } == 1
assert log.count { it.startsWith('[INFO] rustgo: wrote ') && it.contains('orders') } == 1

// 3. The Backstage descriptor, under a folder of its own.
hasLine '[INFO] rustgo: wrote services/billing/catalog-info.yaml; fill in what you know, then run mvn rustgo:explain -Drustgo.service=billing'
def billing = new File(basedir, 'services/billing/catalog-info.yaml').readLines()
assert billing.take(11) == [
    '# Backstage catalog entity for the rustgo audit. The audit\'s fields travel as rustgo.dev/',
    '# annotations, their values always quoted strings. Only the name, the language and the role',
    '# are required.',
    '# See how the audit reads it with:',
    '#   mvn rustgo:explain -Drustgo.service=billing',
    'apiVersion: backstage.io/v1alpha1',
    'kind: Component',
    'metadata:',
    '  name: billing',
    '  # description: What the service does',
    '  annotations:',
]
assert billing.any { it ==~ /    rustgo\.dev\/language: "go" +# go \| rust \| .*/ }
assert billing.any { it ==~ /    rustgo\.dev\/role: "api" +# data-plane \| .*/ }
assert billing.containsAll(['spec:', '  type: service'])

// 4. The audit finds both services, with no warning about either file.
assert log.any { it ==~ /\[INFO\] billing +go +go +1\.00 +keep +G-DEFAULT Go is the default; role api: general backend/ }
assert log.any { it ==~ /\[INFO\] orders +go +go +1\.00 +keep +G-DEFAULT Go is the default/ }
hasLine '[INFO] rustgo: 2 services (0 rust, 2 go, 0 review); findings: 0 error, 0 warning, 0 info; result: pass; report: target/rustgo/audit.json'
assert !log.any { it.startsWith('[WARNING]') }
assert log.count('[INFO] BUILD SUCCESS') == 3

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
assert audit.services.collect { [it.name, it.file, it.language, it.role, it.verdict] } == [
        ['billing', 'services/billing/catalog-info.yaml', 'go', 'api', 'go'],
        ['orders', 'services/orders.yaml', 'go', 'worker', 'go'],
]
assert audit.errors == []
assert audit.findings == []
assert audit.files.read == 2
assert audit.summary.result == 'pass'
true
