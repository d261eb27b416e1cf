// mvn verify in a CDK app's infra module: findings on the CDK source lines, and the join with the
// handler module the asset names (read for context, not reported: it is not this module).
def log = new File(basedir, 'build.log').text
assert log.contains('infra/src/main/java/com/example/search/infra/SearchStack.java:63:28: LL105') : 'the SQS source x SQSBatchResponse join'
assert log.contains('IndexHandler.handleRequest returns SQSBatchResponse')
assert log.contains('set .reportBatchItemFailures(true) on the event source')
assert log.contains('SearchStack.java:46:10: LL205')
assert !log.contains('LL204') : 'without the handler module the join would be an LL204'
assert !log.contains('SearchHandler.java') : 'the handler module is context, not reported by the infra module'
assert new File(basedir, 'target/lambdalint.sarif').isFile() // one SARIF for the build, at its root
return true
