/**
 * The handlekit Maven plugin (prefix {@code handlekit}): {@link io.handlekit.maven.ConformanceMojo} runs the
 * conformance suite of {@code handlekit-conformance-tests} against a server or the embedded simulator and fails the
 * build on its verdict. The goals use the libraries only; what they report and how they judge is the libraries'.
 */
package io.handlekit.maven;
