// rustgo:report in `mvn site`: the page, its chart and its escaping, then the same page in headless
// Chromium: it loads without script errors, the chart is drawn with one mark per service, and a
// description holding <script> shows as text.
def html = new File(basedir, 'target/site/rustgo.html')
assert html.isFile() : 'target/site/rustgo.html was not written'
def page = html.getText('UTF-8')
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Generating "Rust or Go" report')
assert !log.contains('[ERROR]')
assert page.contains('Rust or Go: fail')
assert (page =~ /<g class="mark /).count == 3 : 'one mark per service in the chart'
assert page.contains('data-service="mailer"')
assert page.contains('class="rustgo-share"')
assert page.contains('&lt;script&gt;document.title=')
assert !page.contains("<script>document.title")
assert page.contains('sends &lt;b&gt;email&lt;/b&gt; &amp; more')

def chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find { new File(it).canExecute() }
if (chromium == null) {
    assert System.getenv('RUSTGO_BROWSER_TESTS') != 'required' : 'RUSTGO_BROWSER_TESTS=required but no Chromium is installed'
    println 'site-report: no Chromium installed, browser checks skipped (.ci/run installs it)'
    return true
}
def profile = new File(basedir, 'target/chromium-profile')
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
new File(basedir, 'target/rustgo-dom.html').setText(dom, 'UTF-8')
new File(basedir, 'target/chromium.log').setText(err.toString(), 'UTF-8')

assert dom.contains('Rust or Go: fail') : 'the page did not load'
assert !(err.toString() =~ /(?i)uncaught|CONSOLE\(\d+\)\].*error/) : "script errors:\n${err}"
assert (dom =~ /<g class="mark /).count == 3 : 'the live DOM has one chart mark per service'
assert !dom.contains('<title>pwned</title>') && !dom.contains('pwned</title>') : 'the description ran as script'
assert dom.contains('&lt;script&gt;document.title=') : 'the description shows as text'
return true
