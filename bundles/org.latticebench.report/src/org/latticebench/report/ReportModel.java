package org.latticebench.report;

import java.util.List;
import java.util.Optional;

/**
 * Everything a comparison report shows, independent of its output format.
 *
 * @param caseId          the case name (the {@code case} column of the CSV tables)
 * @param patientName     as read from the study; untrusted text
 * @param patientId       as read from the study; untrusted text
 * @param plans           one summary per plan, in comparison order
 * @param metrics         long-format metric table
 * @param tableStructures the structures the page's metric table shows, in order: targets and
 *                        organs at risk (not lattice spheres, rings, helpers or the body)
 * @param constraints     every constraint of every plan
 * @param dvh             cumulative DVH curves of every evaluated structure
 * @param dvhSvg          the DVH overlay chart (targets and organs at risk) as SVG
 * @param slices          dose slices through the target, per plan
 * @param isodoseLevelsGy the isodose lines drawn on the slices, Gy
 * @param washMaxGy       the dose at the top of the colour wash, Gy (one scale for all plans)
 * @param renderer        which renderer drew the pictures and why
 * @param provenance      what produced the report
 * @since 0.1
 */
public record ReportModel(String caseId, String patientName, String patientId, List<PlanSummary> plans,
		List<MetricRow> metrics, List<String> tableStructures, List<ConstraintRow> constraints, List<DvhCurve> dvh, String dvhSvg,
		List<SliceImage> slices, double[] isodoseLevelsGy, double washMaxGy, String renderer, Provenance provenance,
		Optional<RobustnessSection> robustness) {

	/** The renderer choice, stated in every report. */
	public static final String RENDERER = "org.latticebench.render: a pure-Java raster renderer (CT window, dose wash,"
			+ " isodose lines and outlines computed per pixel, PNG encoded with java.util.zip) and hand-written SVG for"
			+ " the DVH. Chosen over SWT offscreen images because SWT needs a display (GTK) even to draw offscreen, and"
			+ " over Java2D because it needs no desktop module; the workbench draws with the same code, so the report"
			+ " shows exactly what the slice viewer shows.";

	public ReportModel {
		plans = List.copyOf(plans);
		metrics = List.copyOf(metrics);
		tableStructures = List.copyOf(tableStructures);
		constraints = List.copyOf(constraints);
		dvh = List.copyOf(dvh);
		slices = List.copyOf(slices);
		isodoseLevelsGy = isodoseLevelsGy.clone();
		robustness = robustness == null ? Optional.empty() : robustness;
	}

	/** A model without a robustness section (the form before it existed). */
	public ReportModel(String caseId, String patientName, String patientId, List<PlanSummary> plans,
			List<MetricRow> metrics, List<String> tableStructures, List<ConstraintRow> constraints, List<DvhCurve> dvh,
			String dvhSvg, List<SliceImage> slices, double[] isodoseLevelsGy, double washMaxGy, String renderer,
			Provenance provenance) {
		this(caseId, patientName, patientId, plans, metrics, tableStructures, constraints, dvh, dvhSvg, slices,
				isodoseLevelsGy, washMaxGy, renderer, provenance, Optional.empty());
	}

	/** This model with the robustness section. */
	public ReportModel withRobustness(RobustnessSection section) {
		return new ReportModel(caseId, patientName, patientId, plans, metrics, tableStructures, constraints, dvh, dvhSvg,
				slices, isodoseLevelsGy, washMaxGy, renderer, provenance, Optional.of(section));
	}
}
