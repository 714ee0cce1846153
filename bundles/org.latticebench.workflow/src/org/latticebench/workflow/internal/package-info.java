/**
 * Implementation details of the workflow bundle: dose-grid set-up, objective templates, dose
 * statistics and the DS component that publishes the pipeline. Not API.
 */
package org.latticebench.workflow.internal;
