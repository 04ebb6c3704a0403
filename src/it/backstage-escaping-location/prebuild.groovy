// A valid catalog file just outside the project (the invoker clones this project to target/it/NAME,
// so ../escaping-location-outside is target/it/escaping-location-outside): the Location's first target.
// It would load as a service named outsider, were it read.
def outside = new File(basedir, '../escaping-location-outside/catalog-info.yaml')
outside.parentFile.mkdirs()
outside.text = '''\
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: outsider
  annotations:
    rustgo.dev/language: "go"
    rustgo.dev/role: "api"
spec:
  type: service
  owner: someone-else
'''
true
