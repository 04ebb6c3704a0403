// mvn rustgo:report alone writes the page as a whole document, says where, and never fails the
// build, although the portfolio has a failing finding.
def log = new File(basedir, 'build.log').getText('UTF-8')
def page = new File(basedir, 'target/site/rustgo.html')
assert page.isFile() : 'target/site/rustgo.html was not written'
def html = page.getText('UTF-8')

assert log.contains('[INFO] rustgo: report written to target/site/rustgo.html')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')
assert html.startsWith('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"/><title>Rust or Go: fail</title><link rel="stylesheet" href="rustgo.css"/></head>')
assert html.endsWith('</section></body></html>\n')
assert (html =~ /<g class="mark /).count == 3
assert html.contains('<tr data-service="matcher" data-owner=""><td>matcher</td><td></td><td>go</td><td>data-plane</td><td class="verdict-rust">rust</td>')
assert html.contains('<td>error</td><td>services/matcher.yaml:7:13</td><td>rust-candidate-in-go</td>')
// What to do about each service, in the terms of its language: a Python mailer with no Rust case is kept.
assert html.contains('<td class="action-consider-rust">consider a move to Rust')
assert html.contains("<td class=\"action-keep\">keep; no requirement here asks for Rust (the guides weigh Rust against Go for new work; for a service already in Python, keep it unless a central requirement comes to demand Rust)</td>")
assert html.contains('&lt;script&gt;document.title=')
// No script and no inline style (Jenkins' Content-Security-Policy blocks both): the page's look is the
// stylesheet beside it, and descriptor text never becomes markup.
assert !html.contains('<script') && !html.contains('<style') && !html.contains(' style=')
def css = new File(basedir, 'target/site/rustgo.css')
assert css.isFile() : 'target/site/rustgo.css was not written'
assert css.getText('UTF-8').startsWith('body{font-family:system-ui,sans-serif;')
// A whole XML document too, so any tool can read it.
javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(page)
return true
