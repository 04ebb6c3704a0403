// rustgo:report in `mvn site`, and the same page as audit.html (rustgo.formats=html): each page, its
// chart and its escaping, then each page in headless Chromium: it loads without script errors, the
// chart is drawn with one mark per service, and a description holding <script> shows as text. Then
// audit.html as Jenkins serves an archived file, with its Content-Security-Policy: nothing is blocked,
// and the page is styled by the stylesheet beside it.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Generating "Rust or Go" report')
assert !log.contains('[ERROR]')

def sitePage = new File(basedir, 'target/site/rustgo.html')
def auditPage = new File(basedir, 'target/rustgo/audit.html')
def pages = [site: sitePage, audit: auditPage]
pages.each { kind, html ->
    assert html.isFile() : "${html} was not written"
    def page = html.getText('UTF-8')
    // The site page's outcome is the default gate's (failOn=error); audit.html's is the build's (never).
    assert page.contains(kind == 'site' ? 'Rust or Go: fail' : 'Rust or Go: warn')
    assert (page =~ /<g class="mark /).count == 3 : "one mark per service in the chart of ${html}"
    assert page.contains('data-service="mailer"')
    assert page.contains('class="rustgo-share"')
    assert page.contains('&lt;script&gt;document.title=')
    assert !page.contains("<script>document.title")
    assert page.contains('sends &lt;b&gt;email&lt;/b&gt; &amp; more')
}
// The site page is in the site's skin; audit.html stands alone.
assert sitePage.getText('UTF-8').contains('Rendered using Apache Maven Fluido Skin')
assert auditPage.getText('UTF-8').startsWith('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"/><title>Rust or Go: warn</title><link rel="stylesheet" href="audit.css"/></head>')
// Neither page has a script or an inline style of its own; each has its stylesheet beside it.
pages.each { kind, html ->
    def section = html.getText('UTF-8').with { it.substring(it.indexOf('<section class="rustgo">'), it.indexOf('</section>')) }
    assert !section.contains('<script') && !section.contains('<style') && !section.contains(' style=') : "inline script or style in the ${kind} page"
}
assert new File(basedir, 'target/rustgo/audit.css').getText('UTF-8').startsWith('body{font-family:system-ui,sans-serif;')
assert new File(basedir, 'target/site/rustgo.css').getText('UTF-8').startsWith('.rustgo .verdict-rust{')
assert sitePage.getText('UTF-8').contains('<link rel="stylesheet" href="rustgo.css"/><section class="rustgo">')

def chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find { new File(it).canExecute() }
if (chromium == null) {
    assert System.getenv('RUSTGO_BROWSER_TESTS') != 'required' : 'RUSTGO_BROWSER_TESTS=required but no Chromium is installed'
    println 'site-report: no Chromium installed, browser checks skipped (.ci/run installs it)'
    return true
}
pages.each { kind, html ->
    def profile = new File(basedir, "target/chromium-profile-${kind}")
    def command = [chromium, '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
                   '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
                   "--user-data-dir=${profile.absolutePath}", '--enable-logging=stderr', '--v=0',
                   '--virtual-time-budget=5000', '--dump-dom', html.toURI().toString()]
    def process = command.execute()
    def out = new StringBuilder()
    def err = new StringBuilder()
    process.consumeProcessOutput(out, err)
    assert process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS) : 'Chromium did not finish in 90 s'
    def dom = out.toString()
    new File(basedir, "target/rustgo-dom-${kind}.html").setText(dom, 'UTF-8')
    new File(basedir, "target/chromium-${kind}.log").setText(err.toString(), 'UTF-8')

    assert dom.contains('Rust or Go: ') : "the ${kind} page did not load"
    assert !(err.toString() =~ /(?i)uncaught|CONSOLE\(\d+\)\].*error/) : "script errors in the ${kind} page:\n${err}"
    assert (dom =~ /<g class="mark /).count == 3 : "the live DOM of the ${kind} page has one chart mark per service"
    assert !dom.contains('pwned</title>') : "the description ran as script in the ${kind} page"
    assert dom.contains('&lt;script&gt;document.title=') : "the description shows as text in the ${kind} page"
}

// audit.html as Jenkins serves it: under its default Content-Security-Policy (and the older one), the
// browser blocks nothing, the page has its one stylesheet, and the stylesheet styles it.
def browser = evaluate(new File(itDirectory, 'browser.groovy'))
[jenkins: browser.JENKINS_CSP, 'older-jenkins': browser.OLDER_JENKINS_CSP].each { name, csp ->
    def server = browser.serve(auditPage.parentFile, csp)
    try {
        def seen = browser.browse(chromium, new File(basedir, "target/chromium-profile-${name}"),
                "http://127.0.0.1:${server.address.port}/audit.html".toString(), [
                stylesheets: 'Array.from(document.styleSheets).map(s => s.href.replace(/^.*\\//, "")).join(" ")',
                header: "getComputedStyle(document.querySelector('th')).backgroundColor",
                font: "getComputedStyle(document.body).fontFamily",
                rust: "getComputedStyle(document.querySelector('td.verdict-rust')).color",
                marks: "document.querySelectorAll('g.mark').length",
        ])
        new File(basedir, "target/chromium-${name}.log").setText(seen.log.join('\n'), 'UTF-8')
        def blocked = seen.log.findAll { !it.contains('/favicon.ico') }
        assert blocked.isEmpty() : "under ${name}'s CSP the browser logged:\n${blocked.join('\n')}"
        assert seen.values == [stylesheets: 'audit.css', header: 'rgb(243, 244, 246)', font: 'system-ui, sans-serif',
                               rust: 'rgb(194, 65, 12)', marks: 3] : "${name}: ${seen.values}"
    } finally {
        server.stop(0)
    }
}
return true
