// A polyglot repository laid out as Online Boutique, with no descriptor but one unannotated
// catalog-info.yaml: rustgo:scaffold -Drustgo.from=repository writes a native descriptor in each
// service's own directory (Java, C#, Go, Node), its inferred values commented with their places and
// its role api to confirm; one under services/ for redis-cart, which only a Deployment shows, its
// language undecided; nothing for emailservice, whose Component is already in the catalog, but the
// annotations to add, in the log. The audit that follows reads the descriptors as they were written:
// no input problem, every service scored, every language and memory limit inferred at its place.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}
def lines = { String name -> new File(basedir, name).readLines() }
def has = { String name, String expected ->
    assert lines(name).contains(expected) : "${name} has no line\n  ${expected}\nbut:\n  ${lines(name).join('\n  ')}"
}
def from = '; the audit reads it from there, write it only to override'
def roles = 'data-plane | control-plane | admin-api | orchestration | api | worker | stream-processor | proxy | edge | storage | batch | tooling'

// 1. One line per file written, and the closing line.
hasLine '[INFO] rustgo: wrote src/adservice/adservice.rustgo.yaml (from the repository: language java, memoryBudgetMiB 300, instances 1, codeLines 8)'
hasLine '[INFO] rustgo: wrote src/cartservice/cartservice.rustgo.yaml (from the repository: language dotnet, memoryBudgetMiB 128, instances 1, codeLines 8)'
hasLine '[INFO] rustgo: wrote src/checkoutservice/checkoutservice.rustgo.yaml (from the repository: language go, memoryBudgetMiB 128, instances 2, codeLines 5)'
hasLine '[INFO] rustgo: wrote src/currencyservice/currencyservice.rustgo.yaml (from the repository: language node, memoryBudgetMiB 128, instances 1, codeLines 5)'
hasLine '[INFO] rustgo: wrote services/redis-cart.yaml (from the repository: memoryBudgetMiB 256; language undecided)'
hasLine '[INFO] rustgo: wrote 5 descriptors (role api to confirm in each; language undecided in 1); 1 service already described (1 Component to annotate, above); fill in what you know, then run mvn rustgo:audit'
assert log.count { it.startsWith('[INFO] rustgo: wrote ') } == 6

// 2. The C# service: its project one directory down, its language taken from there, not go.
def cart = 'src/cartservice/cartservice.rustgo.yaml'
assert lines(cart).take(4) == [
    '# Service descriptor for the rustgo audit (the native envelope, rustgo.dev/v1), started by',
    '# mvn rustgo:scaffold -Drustgo.from=repository from what the repository shows of cartservice:',
    '#   Deployment cartservice (kubernetes-manifests/cartservice.yaml:1:1)',
    '#   the build file cartservice.csproj (src/cartservice/src/cartservice.csproj)',
]
assert lines(cart).contains('# the audit reads it from there on every run, so the repository stays its one source; write')
has cart, '  name: cartservice'
has cart, '  # language: dotnet              # from src/cartservice/src/cartservice.csproj:1:1 (the build file cartservice.csproj)' + from
has cart, '  role: api                       # the guides\' "general backend" default: confirm it, or pick one of ' + roles
has cart, '  #   memoryBudgetMiB: 128        # from kubernetes-manifests/cartservice.yaml:28:23 (Deployment cartservice container server memory limit 128Mi)' + from
has cart, '  #   instances: 1                # from kubernetes-manifests/cartservice.yaml:8:13 (Deployment cartservice replicas)' + from
has cart, '  # codeLines: 8                  # from src/cartservice/src/cartservice.csproj:1:1 (8 lines of dotnet in 1 file, without tests, vendored or generated code)' + from
// What only a person knows: prompts, with units and allowed values.
has cart, '  #   peakRps: 5000               # whole number >= 0: peak requests (or events) per second'
has cart, '  #   p99LatencyMs: 50            # number > 0: the p99 latency target, in ms'
has cart, '  # owner: my-team                # free text: the owning team'
has cart, '  # concurrency: moderate         # simple | moderate | hard'
has cart, '  #   firstMilestone: evolve      # mvp | replace-unstable | replace-expensive | evolve'
assert !lines(cart).any { it ==~ /  language: .*/ } : 'the language stays a comment: the audit reads it from the build file'

// 3. The others, by their key lines.
has 'src/adservice/adservice.rustgo.yaml', '  # language: java                # from src/adservice/build.gradle:1:1 (the build file build.gradle)' + from
has 'src/adservice/adservice.rustgo.yaml', '  #   memoryBudgetMiB: 300        # from kubernetes-manifests/adservice.yaml:28:23 (Deployment adservice container server memory limit 300Mi)' + from
has 'src/checkoutservice/checkoutservice.rustgo.yaml', '  # language: go                  # from src/checkoutservice/go.mod:1:1 (the build file go.mod)' + from
has 'src/checkoutservice/checkoutservice.rustgo.yaml', '  #   instances: 2                # from kubernetes-manifests/checkoutservice.yaml:8:13 (Deployment checkoutservice replicas)' + from
has 'src/currencyservice/currencyservice.rustgo.yaml', '  # language: node                # from src/currencyservice/package.json:1:1 (the build file package.json)' + from
['src/adservice/adservice.rustgo.yaml', 'src/checkoutservice/checkoutservice.rustgo.yaml', 'src/currencyservice/currencyservice.rustgo.yaml'].each {
    has it, '  role: api                       # the guides\' "general backend" default: confirm it, or pick one of ' + roles
}
// Shown by a Deployment only: under services/, the language undecided, and said what to do if it is not ours.
def redis = 'services/redis-cart.yaml'
has redis, '  language: undecided             # nothing in the repository names it: write the language it is in, or will be; go | rust | java | kotlin | python | node | dotnet | cpp | c | other | undecided'
has redis, '  #   memoryBudgetMiB: 256        # from kubernetes-manifests/redis-cart.yaml:21:23 (Deployment redis-cart container redis memory limit 256Mi)' + from
has redis, '# (a database, a third-party image), delete this file.'

// 4. emailservice: no second entity, its Component untouched, the annotations to add in the log.
assert !new File(basedir, 'src/emailservice/emailservice.rustgo.yaml').exists()
assert !new File(basedir, 'services/emailservice.yaml').exists()
assert new File(basedir, 'services').list() as List == ['redis-cart.yaml']
assert new File(basedir, 'src/emailservice/catalog-info.yaml').text == '''apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: emailservice
  description: Sends order confirmation emails
spec:
  type: service
  lifecycle: production
  owner: boutique
'''
hasLine '[INFO] rustgo: emailservice is in the catalog without rustgo.dev/ annotations (src/emailservice/catalog-info.yaml:4:9); add these to its metadata.annotations:'
hasLine '[INFO]     rustgo.dev/role: "api"                    # required; the guides\' "general backend" default: confirm it, or pick one of ' + roles
hasLine '[INFO]     # rustgo.dev/language: "python"           # from src/emailservice/requirements.txt:1:1 (the build file requirements.txt)' + from
hasLine '[INFO]     # rustgo.dev/memory-budget-mib: "64"      # from kubernetes-manifests/emailservice.yaml:28:23 (Deployment emailservice container server memory limit 64Mi)' + from
hasLine '[INFO]     # rustgo.dev/instances: "1"               # from kubernetes-manifests/emailservice.yaml:8:13 (Deployment emailservice replicas)' + from
assert log.any { it.startsWith('[INFO]   and those only a person knows, as far as you know them: rustgo.dev/peak-rps, rustgo.dev/p99-latency-ms, ') }

// 5. The audit after it: every descriptor read as written, no input problem, every service scored
// with its language and memory inferred at their places.
assert !log.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }
assert log.count('[INFO] BUILD SUCCESS') == 2
hasLine '[INFO] rustgo: 6 services (0 rust, 5 go, 1 review); findings: 0 error, 0 warning, 2 info; result: pass; report: target/rustgo/audit.json'
def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
assert audit.errors == []
assert audit.files.read == 6 && audit.files.failed == []
assert audit.services.collect { [it.name, it.file, it.language, it.role] } == [
        ['adservice', 'src/adservice/adservice.rustgo.yaml', 'java', 'api'],
        ['cartservice', 'src/cartservice/cartservice.rustgo.yaml', 'dotnet', 'api'],
        ['checkoutservice', 'src/checkoutservice/checkoutservice.rustgo.yaml', 'go', 'api'],
        ['currencyservice', 'src/currencyservice/currencyservice.rustgo.yaml', 'node', 'api'],
        ['emailservice', 'src/emailservice/catalog-info.yaml', 'python', null],
        ['redis-cart', 'services/redis-cart.yaml', 'undecided', 'api'],
]
def inferred = audit.services.collectEntries { s ->
    [s.name, s.inferred.collectEntries { [it.field, "${it.value} ${it.file}:${it.line}:${it.column}" as String] }]
}
assert inferred['adservice']['spec.language'] == 'java src/adservice/build.gradle:1:1'
assert inferred['cartservice']['spec.language'] == 'dotnet src/cartservice/src/cartservice.csproj:1:1'
assert inferred['checkoutservice']['spec.language'] == 'go src/checkoutservice/go.mod:1:1'
assert inferred['currencyservice']['spec.language'] == 'node src/currencyservice/package.json:1:1'
assert inferred['emailservice']['spec.language'] == 'python src/emailservice/requirements.txt:1:1'
assert !inferred['redis-cart'].containsKey('spec.language')
['adservice': 300, 'cartservice': 128, 'checkoutservice': 128, 'currencyservice': 128, 'emailservice': 64, 'redis-cart': 256].each { name, mib ->
    assert inferred[name]['spec.resources.memoryBudgetMiB'] == "${mib} kubernetes-manifests/${name}.yaml:${name == 'redis-cart' ? 21 : 28}:23" as String
}
true
