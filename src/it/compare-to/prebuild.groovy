// A real git repository: main holds ledger, checkout and search; the pull request's changes (a new
// service, a changed one, a removed one) are in the working tree, not committed, as in a CI job that
// audits a pull request's head against main. The invoker does not clone .git folders, so the
// repository is made here.
def git = { String... args ->
    def command = ['git', '-c', 'user.name=rustgo IT', '-c', 'user.email=it@rustgo.dev', '-c', 'commit.gpgsign=false'] + (args as List)
    def process = command.execute(null, basedir)
    def out = new StringBuilder()
    process.consumeProcessOutput(out, out)
    assert process.waitFor() == 0 : "git ${args.join(' ')} failed:\n${out}"
}
git 'init', '-q', '-b', 'main'
git 'add', 'pom.xml', 'rustgo-policy.yaml', 'services'
git 'commit', '-q', '-m', 'main'
new File(basedir, 'services/matcher.yaml').text = new File(basedir, 'pull-request/matcher.yaml').text
new File(basedir, 'services/search.yaml').text = new File(basedir, 'pull-request/search.yaml').text
assert new File(basedir, 'services/checkout.yaml').delete()
new File(basedir, 'pull-request').deleteDir()
true
