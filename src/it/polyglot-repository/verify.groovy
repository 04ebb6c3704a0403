// The first hour on a real repository: services in six languages under src/, their memory limits where
// such repositories keep them (Kubernetes manifests, an umbrella Helm chart's blocks, a Compose file).
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}
def inferred = { String report ->
    new JsonSlurper().parse(new File(basedir, report)).services.collectEntries { s ->
        [s.name, (s.inferred ?: []).collect { [it.field, it.value, "${it.file}:${it.line}:${it.column}" as String] }]
    }
}

// 1. A catalog that gives each Component its role and nothing else builds: every language and every memory
//    limit is read from the repository, at its place.
hasLine '[INFO] rustgo: 18 values of 6 services inferred from the repository (language, memoryBudgetMiB, codeLines); rustgo:explain -Drustgo.service=NAME says where each came from, and -Drustgo.infer=false reads the descriptors only'
hasLine '[INFO] rustgo: 6 services (0 rust, 5 go, 1 review); findings: 0 error, 0 warning, 1 info; result: pass; report: target/rustgo/audit.json'
def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
assert audit.errors == []
assert audit.files.failed == []
assert audit.services.collectEntries { [it.name, it.language] } == [
        adservice: 'java', cartservice: 'dotnet', checkoutservice: 'go', currencyservice: 'node', emailservice: 'python',
        pricing: 'cpp']
def values = inferred('target/rustgo/audit.json')
assert values.adservice == [
        ['spec.language', 'java', 'src/adservice/build.gradle:1:1'],
        ['spec.resources.memoryBudgetMiB', 300, 'kubernetes-manifests/adservice.yaml:25:23'],
        ['spec.codeLines', 6, 'src/adservice/build.gradle:1:1'],
]
// C#: the project file one level down (src/cartservice/src), its tests project left out.
assert values.cartservice == [
        ['spec.language', 'dotnet', 'src/cartservice/src/cartservice.csproj:1:1'],
        ['spec.resources.memoryBudgetMiB', 128, 'kubernetes-manifests/cartservice.yaml:25:23'],
        ['spec.codeLines', 5, 'src/cartservice/src/cartservice.csproj:1:1'],
]
assert values.checkoutservice[0] == ['spec.language', 'go', 'src/checkoutservice/go.mod:1:1']
// Node and Python: their memory from the umbrella chart's block named like them (currencyService:, emailService:).
assert values.currencyservice == [
        ['spec.language', 'node', 'src/currencyservice/package.json:1:1'],
        ['spec.resources.memoryBudgetMiB', 256, 'helm-chart/values.yaml:18:15'],
        ['spec.codeLines', 2, 'src/currencyservice/package.json:1:1'],
]
assert values.emailservice == [
        ['spec.language', 'python', 'src/emailservice/requirements.txt:1:1'],
        ['spec.resources.memoryBudgetMiB', 128, 'helm-chart/values.yaml:12:15'],
        ['spec.codeLines', 3, 'src/emailservice/requirements.txt:1:1'],
]
// C++ with CMake: its memory from the Compose file, in Docker's units (20M is 20 MiB).
assert values.pricing == [
        ['spec.language', 'cpp', 'src/pricing/CMakeLists.txt:1:1'],
        ['spec.resources.memoryBudgetMiB', 20, 'docker-compose.yml:13:19'],
        ['spec.codeLines', 5, 'src/pricing/CMakeLists.txt:1:1'],
]

// 2. Before any descriptor: not a silent pass, but a warning that names what the repository shows and what to run.
def nothing = '[WARNING] .:1:1: [no-services-found] no service descriptor found under . (includes nowhere/**); the repository shows 6 services (3 Kubernetes workloads, 2 Helm umbrella blocks, 1 Compose service, 6 build directories): adservice, cartservice, checkoutservice, currencyservice, emailservice, pricing; mvn rustgo:scaffold -Drustgo.from=repository writes a descriptor for each service the repository shows, to fill in'
hasLine nothing
hasLine '[INFO] rustgo: 0 services (0 rust, 0 go, 0 review); findings: 0 error, 1 warning, 0 info; result: warn; report: target/rustgo-nothing/audit.json'
def empty = new JsonSlurper().parse(new File(basedir, 'target/rustgo-nothing/audit.json'))
assert empty.findings*.rule == ['no-services-found']

// 3. With rustgo.failIfNoServices, the same run fails the build, in one line.
assert log.any { it.startsWith('[ERROR] Failed to execute goal dev.rustgo:rustgo-maven-plugin:') && it.contains(': rustgo: no service was audited, and rustgo.failIfNoServices is true; run mvn rustgo:scaffold -Drustgo.from=repository to write a descriptor for each service the repository shows') }
return true
