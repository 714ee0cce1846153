/**
 * The headless command line's extension API: a plug-in adds a command by registering a
 * {@link org.latticebench.cli.CliCommand} DS service and parses its arguments with
 * {@link org.latticebench.cli.CliArgs}.
 *
 * @since 0.1
 */
package org.latticebench.cli;
