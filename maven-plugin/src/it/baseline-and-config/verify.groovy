import dev.lambdalint.fixtures.SarifValidation

// A team adopted lambdalint with the CLI (lambdalint check --baseline-create), then added the
// plugin: .lambdalint.yml's baseline and failOn apply to mvn verify as they do to the CLI.
def log = new File(basedir, 'build.log').text
assert !log.contains(' LL104 ') : 'the LL104 error recorded in the baseline is not reported'
assert log.contains('[WARNING] src/main/java/com/example/Fetcher.java:11:25: LL101 ') : 'new findings are still reported'
assert log.contains('1 suppressed') : 'the summary counts the baselined finding'
assert log.contains('BUILD SUCCESS') : 'failOn: error in .lambdalint.yml: the warning does not fail the build'
def sarif = new File(basedir, 'target/lambdalint.sarif')
assert SarifValidation.violations(sarif.text).isEmpty()
def results = new groovy.json.JsonSlurper().parse(sarif).runs[0].results
def ll104 = results.find { it.ruleId == 'LL104' }
assert ll104 != null && ll104.suppressions[0].kind == 'external' : 'SARIF keeps the baselined finding as suppressed'
return true
