// Three commits on three days: nine Go APIs; then a Rust candidate written in Go; then that service
// moved to Rust. The invoker does not clone .git folders, so the repository is made here.
def env = System.getenv().collect { k, v -> "$k=$v" }
def git = { String date, String... args ->
    def command = ['git', '-c', 'user.name=rustgo IT', '-c', 'user.email=it@rustgo.dev', '-c', 'commit.gpgsign=false'] + (args as List)
    def process = command.execute(env + ["GIT_AUTHOR_DATE=${date}T12:00:00Z", "GIT_COMMITTER_DATE=${date}T12:00:00Z"], basedir)
    def out = new StringBuilder()
    process.consumeProcessOutput(out, out)
    assert process.waitFor() == 0 : "git ${args.join(' ')} failed:\n${out}"
}
def services = new File(basedir, 'services')
services.mkdirs()
def api = new File(basedir, 'steps/api.yaml').text
(1..9).each { new File(services, "api-${it}.yaml").text = api.replace('NAME', "api-${it}") }
git '2026-01-10', 'init', '-q', '-b', 'main'
git '2026-01-10', 'add', 'pom.xml', 'services'
git '2026-01-10', 'commit', '-q', '-m', 'nine APIs'
new File(services, 'matcher.yaml').text = new File(basedir, 'steps/candidate-go.yaml').text
git '2026-04-02', 'add', 'services'
git '2026-04-02', 'commit', '-q', '-m', 'a matcher, in Go'
new File(services, 'matcher.yaml').text = new File(basedir, 'steps/candidate-rust.yaml').text
git '2026-08-20', 'add', 'services'
git '2026-08-20', 'commit', '-q', '-m', 'the matcher in Rust'
new File(basedir, 'steps').deleteDir()
true
