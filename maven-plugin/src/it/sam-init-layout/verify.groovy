import dev.lambdalint.fixtures.SarifValidation

def log = new File(basedir, 'build.log').text
// The template one folder above the module is found because its CodeUri points into the module,
// and the join between it and the module's handler fails the build.
assert log.contains('[ERROR] template.yaml:17:9: LL105 ') && log.contains('App.handleRequest returns SQSBatchResponse') : 'LL105 on the root template'
assert log.contains('[OrdersFunction]')
assert log.contains('in 1 template and 1 Java file')
assert log.contains('lambdalint found 1 finding at or above warning') : 'the error fails the build, reported once (LL105, not also LL204)'
def sarif = new File(basedir, 'OrdersFunction/target/lambdalint.sarif')
assert sarif.isFile()
assert SarifValidation.violations(sarif.text).isEmpty()
def uris = new groovy.json.JsonSlurper().parse(sarif).runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }
assert uris.contains('template.yaml') : 'URIs are relative to the repository root, above the module: ' + uris
return true
