/**
 * The comparison report: a {@link org.latticebench.report.ReportModel} built from a
 * {@link org.latticebench.workflow.ComparisonRun} (metric, constraint and DVH tables, plan
 * summaries, slice pictures), written as one self-contained HTML page
 * ({@link org.latticebench.report.HtmlReportWriter}) and a {@link org.latticebench.report.Provenance}
 * record written as JSON.
 * <p>
 * Pictures are drawn with {@code org.latticebench.render}, a pure-Java raster renderer, so a
 * report needs no display and no UI toolkit. All text that comes from input files (patient,
 * structure and plan names) is HTML-escaped.
 */
package org.latticebench.report;
