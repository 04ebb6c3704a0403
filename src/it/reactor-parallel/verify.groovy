// A six-module reactor built four times (invoker.properties): each module alone, serially and on
// -T2C in Turkish; the whole reactor as one portfolio, serially and on -T4 in German with a Latin-1
// default charset. The goal is declared thread-safe, so Maven runs several audits at once in one JVM
// without a warning; each parallel build must write exactly the bytes of its serial twin, in every
// format, for every module, and say the same things.
def all = new File(basedir, 'build.log').readLines()
def starts = all.findIndexValues { it == '[INFO] Scanning for projects...' }.collect { it as int }
assert starts.size() == 4 : "four invocations, found ${starts.size()}"
def runs = (0..3).collect { i -> all.subList(starts[i], i < 3 ? starts[i + 1] : all.size()) }
def (aloneSerial, aloneParallel, wholeSerial, wholeParallel) = runs

runs.eachWithIndex { log, i ->
    assert log.contains('[INFO] BUILD SUCCESS') : "invocation ${i + 1} failed"
    assert !log.any { it.startsWith('[ERROR]') } : "invocation ${i + 1} logged an error"
    // Maven warns about every plugin whose goals are not marked thread-safe; ours are, and nothing else runs.
    assert !log.any { it.toLowerCase(Locale.ROOT).contains('thread-safe') || it.contains('threadSafe') } : "invocation ${i + 1}"
}
// The parallel invocations really were parallel: Maven says how many threads it builds with.
[aloneParallel, wholeParallel].each { log ->
    assert log.any { it ==~ /\[INFO\] Using the MultiThreadedBuilder implementation with a thread count of [2-9]\d*/ } : log.take(20).join('\n')
}

def modules = ['checkout', 'payments', 'search', 'media', 'platform', 'edge']
def reports = ['audit.json', 'audit.sarif', 'TEST-rustgo.xml', 'audit.md']
def same = { String dir, String serial, String parallel ->
    reports.each { name ->
        def a = new File(basedir, "${dir}target/${serial}/${name}")
        def b = new File(basedir, "${dir}target/${parallel}/${name}")
        assert a.isFile() : "missing ${a}"
        assert b.isFile() : "missing ${b}"
        assert a.bytes == b.bytes : "${dir}target/${parallel}/${name} differs from the serial build's:\n${b.getText('UTF-8')}"
    }
}

// 1. Each module alone: every module's reports, byte for byte; the same summary lines (their order in a
// parallel log is the threads' order, so they are compared as sets).
(modules.collect { "${it}/" } + ['']).each { same(it, 'alone-serial', 'alone-parallel') }
def summaries = { List<String> log, String dir ->
    log.findAll { it.startsWith('[INFO] rustgo: ') && it.endsWith("report: target/${dir}/audit.json") }
            .collect { it - "report: target/${dir}/audit.json" }.sort()
}
assert summaries(aloneSerial, 'alone-serial').size() == 7
assert summaries(aloneSerial, 'alone-serial') == summaries(aloneParallel, 'alone-parallel')
def warnings = { List<String> log -> log.findAll { it.startsWith('[WARNING]') }.sort() }
assert warnings(aloneSerial) == warnings(aloneParallel)
assert warnings(aloneSerial) == [
    "[WARNING] services/admin-console.yaml:7:13: [go-fit-in-rust] admin-console is a strong Go fit (G-CONTROL-PLANE role admin-api) but is written in rust; build it in Go while it is new, or record why Rust is needed in spec.decision; if it already runs, say so with spec.lifecycle: production",
    "[WARNING] services/cart.yaml:10:14: [unknown-dependency] cart depends on 'ledger', which is not in the portfolio",
    "[WARNING] services/query-api.yaml:10:14: [unknown-dependency] query-api depends on 'session-cache', which is not in the portfolio",
]
// The capitals of the Turkish run were read as the format names they are: all four reports written.
def junit = new File(basedir, 'search/target/alone-parallel/TEST-rustgo.xml').getText('UTF-8')
assert junit.contains('<testcase classname="rustgo.services" name="indexer" file="services/indexer.yaml" line="1" time="0">')
def search = new groovy.json.JsonSlurper().parse(new File(basedir, 'search/target/alone-parallel/audit.json'), 'UTF-8')
assert search.services*.name == ['indexer', 'query-api']

// 2. The whole reactor as one portfolio: audited once, in the parent, the same bytes on four threads.
same('', 'whole-serial', 'whole-parallel')
def whole = '[INFO] rustgo: 12 services (2 rust, 9 go, 1 review); findings: 0 error, 2 warning, 1 info; result: warn; report: target/'
assert wholeSerial.count(whole + 'whole-serial/audit.json') == 1
assert wholeParallel.count(whole + 'whole-parallel/audit.json') == 1
[wholeSerial, wholeParallel].each { log ->
    assert log.count("[INFO] rustgo: this module's descriptors are audited with the whole reactor in fleet") == 6
}
assert warnings(wholeSerial) == warnings(wholeParallel)
modules.each { assert !new File(basedir, "${it}/target/whole-parallel").exists() : "module $it wrote a report" }
def portfolio = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/whole-parallel/audit.json'), 'UTF-8')
assert portfolio.services*.file == [
    'edge/services/admin-console.yaml', 'checkout/services/cart.yaml', 'platform/services/deployer.yaml',
    'edge/services/edge-auth.yaml', 'search/services/indexer.yaml', 'payments/services/ledger.yaml',
    'checkout/services/pricing.yaml', 'search/services/query-api.yaml', 'platform/services/session-cache.yaml',
    'payments/services/settlement.yaml', 'media/catalog-info.yaml', 'media/catalog-info.yaml',
]
true
