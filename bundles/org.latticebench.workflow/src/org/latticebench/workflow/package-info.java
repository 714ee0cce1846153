/**
 * One plan from regimen to evaluation, and several plans on one study side by side.
 * <p>
 * {@link PlanPipeline} runs generation → dose-influence matrix → fluence optimisation → final
 * dose → evaluation for one regimen on one study and returns a {@link PlanRun}; a
 * {@link ComparisonRun} holds the runs of several regimens on the same study. The workbench,
 * the headless {@code plan}/{@code dose}/{@code optimize}/{@code compare}/{@code batch}
 * commands and the report all go through this bundle, so they compute the same numbers.
 * No UI toolkit is used here.
 *
 * @since 0.1
 */
package org.latticebench.workflow;
