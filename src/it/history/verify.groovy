// rustgo:history over a real git repository (made in prebuild.groovy): three commits on three days,
// each audited from git with today's policy; the trend goes to history.json and history.html, whose
// two charts are checked in headless Chromium.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}
hasLine '[INFO] rustgo: history of 3 commits, 2026-01-10 to 2026-08-20: Rust share 0.0% -> 10.0%, Rust candidates in Go 0 -> 0; written to target/rustgo/history.json and history.html'
hasLine '[INFO] BUILD SUCCESS'

def history = new JsonSlurper().parse(new File(basedir, 'target/rustgo/history.json'))
assert history.schemaVersion == 1
assert history.policy == 'built-in defaults'
assert history.points.collect { [it.date, it.services, it.rust, it.go, it.shareByCount, it.candidatesInGo, it.findings.error] } == [
        ['2026-01-10', 9, 0, 9, 0.0, 0, 0],
        ['2026-04-02', 10, 1, 9, 0.1, 1, 1],
        ['2026-08-20', 10, 1, 9, 0.1, 0, 0],
]
assert history.points.every { it.commit ==~ /[0-9a-f]{40}/ }
// Read from git, not checked out: the working tree holds what it held.
assert new File(basedir, 'services/matcher.yaml').text.contains('language: rust')

def page = new File(basedir, 'target/rustgo/history.html')
def html = page.text
assert (html =~ /<polyline class="trend"/).count == 2
assert html.contains('<rect class="band"')
// Nothing Jenkins' default Content-Security-Policy blocks in an archived page: no script, no inline style.
assert !html.contains('<script') && !html.contains(' style=') && !html.contains('<style')
def chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find { new File(it).canExecute() }
if (chromium == null) {
    assert System.getenv('RUSTGO_BROWSER_TESTS') != 'required' : 'RUSTGO_BROWSER_TESTS=required but no Chromium is installed'
    println 'history: no Chromium installed, browser checks skipped (.ci/run installs it)'
    return true
}
def profile = new File(basedir, 'target/chromium-profile')
def command = [chromium, '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
               '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
               "--user-data-dir=${profile.absolutePath}", '--enable-logging=stderr', '--v=0',
               '--virtual-time-budget=5000', '--dump-dom', page.toURI().toString()]
def process = command.execute()
def out = new StringBuilder()
def err = new StringBuilder()
process.consumeProcessOutput(out, err)
assert process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS) : 'Chromium did not finish in 90 s'
def dom = out.toString()
new File(basedir, 'target/history-dom.html').setText(dom, 'UTF-8')
assert dom.contains('<h1>Rust or Go: history</h1>') : 'the page did not load'
assert (dom =~ /<svg[^>]*class="rustgo-history-share"/).count == 1
assert (dom =~ /<svg[^>]*class="rustgo-history-candidates"/).count == 1
// Three points on each line, the share's band drawn.
assert (dom =~ /<polyline class="trend" points="[0-9.]+,[0-9.]+ [0-9.]+,[0-9.]+ [0-9.]+,[0-9.]+"/).count == 2
true
