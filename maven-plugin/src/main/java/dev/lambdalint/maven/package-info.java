/**
 * The lambdalint Maven plugin. Only the module exists so far: the {@code check} goal (packaging
 * {@code maven-plugin}, {@code skip}, {@code failOnViolation}, {@code lambdalint.*} properties)
 * arrives with the Maven plugin issue.
 */
package dev.lambdalint.maven;
