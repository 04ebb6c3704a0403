// Decoys in the directories the audit must never search. They are made here rather than committed:
// target/ is git-ignored, and the invoker does not clone .git/ folders. Each decoy is a valid
// descriptor that the default includes would match, were it not for the folder it is in.
def decoy(String path) {
    def name = 'decoy-' + path.replaceAll(/[^a-z0-9]+/, '-').replaceAll(/^-|-$/, '')
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.text = """\
apiVersion: rustgo.dev/v1
kind: Service
metadata:
  name: ${name.take(63).replaceAll(/-$/, '')}
spec:
  language: go
  role: api
"""
}

decoy 'target/generated/stale.rustgo.yaml'
decoy 'target/services/stale.yaml'
decoy 'services/target/stale.yaml'
decoy 'node_modules/some-package/bundled.rustgo.yaml'
decoy 'services/node_modules/some-package/services/vendored.yaml'
decoy '.git/hooks/hook.rustgo.yaml'
decoy 'services/.git/leftover.yaml'
true
