// For the ITs that check a page as a browser shows it: a tiny HTTP server that serves a directory with a
// Content-Security-Policy header (as Jenkins serves archived files), and headless Chromium driven over
// the DevTools protocol (a WebSocket, with the JDK's own client), which loads a page, collects what the
// browser logged (a blocked style or script, a script error) and evaluates expressions in the page.
//   def browser = evaluate(new File(itDirectory, 'browser.groovy'))
//   def server = browser.serve(directory, browser.JENKINS_CSP)        // server.stop(0) when done
//   def seen = browser.browse(chromium, profileDirectory, url, [name: 'a JavaScript expression', ...])
//   seen.log: the browser's log, a line an entry; seen.values: each expression's value, by name.
import com.sun.net.httpserver.HttpServer
import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.net.http.WebSocket
import java.util.concurrent.CompletionStage
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit

class DevTools implements WebSocket.Listener {
    final LinkedBlockingQueue<Map> messages = new LinkedBlockingQueue<>()
    private final StringBuilder partial = new StringBuilder()

    CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data)
        if (last) {
            messages.add(new JsonSlurper().parseText(partial.toString()) as Map)
            partial.setLength(0)
        }
        socket.request(1)
        return null
    }
}

// Serves the files of a directory on the loopback interface, each with this Content-Security-Policy
// header; 404 for anything else (the browser's favicon.ico).
def serve = { File directory, String csp ->
    def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
    server.createContext('/') { exchange ->
        def file = new File(directory, URLDecoder.decode(exchange.requestURI.rawPath.substring(1), 'UTF-8'))
        exchange.responseHeaders.add('Content-Security-Policy', csp)
        if (!file.isFile() || !file.canonicalPath.startsWith(directory.canonicalPath + File.separator)) {
            exchange.sendResponseHeaders(404, -1)
            exchange.close()
            return
        }
        def type = file.name.endsWith('.css') ? 'text/css' : file.name.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream'
        exchange.responseHeaders.add('Content-Type', type)
        exchange.sendResponseHeaders(200, file.length())
        exchange.responseBody.withCloseable { it << file.bytes }
    }
    server.start()
    return server
}

def browse = { String chromium, File profile, String url, Map<String, String> expressions ->
    def process = [chromium, '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
                   '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
                   "--user-data-dir=${profile.absolutePath}", '--remote-debugging-address=127.0.0.1',
                   '--remote-debugging-port=0', 'about:blank'].execute()
    process.outputStream.close()
    def stderr = new BufferedReader(new InputStreamReader(process.errorStream, 'UTF-8'))
    def endpoint = null
    def deadline = System.currentTimeMillis() + 60_000
    while (endpoint == null && System.currentTimeMillis() < deadline) {
        def line = stderr.readLine()
        if (line == null) break
        def m = line =~ /DevTools listening on ws:\/\/([^\/]+)\//
        if (m.find()) endpoint = m.group(1)
    }
    assert endpoint != null : 'Chromium did not open its DevTools endpoint'
    Thread.start { while (stderr.readLine() != null) {} }
    try {
        def http = HttpClient.newHttpClient()
        def targets = new JsonSlurper().parseText(http.send(
                HttpRequest.newBuilder(URI.create("http://${endpoint}/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body())
        def page = targets.find { it.type == 'page' }
        assert page != null : "no page among Chromium's targets: ${targets}"
        def devtools = new DevTools()
        def socket = http.newWebSocketBuilder().buildAsync(URI.create(page.webSocketDebuggerUrl), devtools).get(30, TimeUnit.SECONDS)
        int id = 0
        def log = []
        // Sends a command; returns its result, keeping the events that came meanwhile.
        def send = { String method, Map params = [:] ->
            int mine = ++id
            socket.sendText(JsonOutput.toJson([id: mine, method: method, params: params]), true).get(30, TimeUnit.SECONDS)
            while (true) {
                def message = devtools.messages.poll(30, TimeUnit.SECONDS)
                assert message != null : "Chromium did not answer ${method}"
                if (message.id == mine) {
                    assert message.error == null : "${method}: ${message.error}"
                    return message.result
                }
                if (message.method) log << message
            }
        }
        send('Log.enable')
        send('Runtime.enable')
        send('Page.enable')
        send('Page.navigate', [url: url])
        def loaded = log.any { it.method == 'Page.loadEventFired' }
        while (!loaded) {
            def message = devtools.messages.poll(30, TimeUnit.SECONDS)
            assert message != null : "the page ${url} did not load in 30 s"
            log << message
            loaded = message.method == 'Page.loadEventFired'
        }
        def values = [:]
        expressions.each { name, expression ->
            def answer = send('Runtime.evaluate', [expression: expression, returnByValue: true])
            assert answer.exceptionDetails == null : "${name}: ${answer.exceptionDetails}"
            values[name] = answer.result.value
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, '')
        def lines = log.collect { m ->
            switch (m.method) {
                case 'Log.entryAdded': return "${m.params.entry.level} ${m.params.entry.source}: ${m.params.entry.text}${m.params.entry.url ? ' (' + m.params.entry.url + ')' : ''}"
                case 'Runtime.consoleAPICalled': return "console.${m.params.type}: ${m.params.args*.value}"
                case 'Runtime.exceptionThrown': return "exception: ${m.params.exceptionDetails.exception?.description ?: m.params.exceptionDetails.text}"
                default: return null
            }
        }.findAll { it != null }
        return [log: lines, values: values]
    } finally {
        process.destroy()
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly()
    }
}

[
    // The Content-Security-Policy Jenkins sends with archived files and workspace files, as
    // hudson.model.DirectoryBrowserSupport.DEFAULT_CSP_VALUE has it (and its docs:
    // https://www.jenkins.io/doc/book/security/configuring-content-security-policy/), and the one
    // before it, still found on older controllers.
    JENKINS_CSP: "sandbox allow-same-origin; default-src 'none'; img-src 'self'; style-src 'self';",
    OLDER_JENKINS_CSP: "sandbox; default-src 'none'; img-src 'self'; style-src 'self';",
    serve: serve,
    browse: browse,
]
