package org.latticebench.examples.metric;

import org.latticebench.evaluation.MetricInput;
import org.latticebench.evaluation.MetricNotEvaluableException;
import org.latticebench.evaluation.PlanMetric;
import org.osgi.service.component.annotations.Component;

/**
 * Example plug-in metric "V(peak) coverage": the percentage of a structure's volume that receives
 * at least 95 % of its prescription. Evaluated on the lattice spheres ({@code PTV_peak}, prescribed
 * the peak dose, e.g. 66.7 Gy in 5 fractions) it says how much of the sphere volume the plan
 * really covers with the peak dose.
 * <p>
 * The whole plug-in is this class: a DS component registered as a {@link PlanMetric} with the
 * properties {@code id}, {@code name} and {@code description}. Installing the bundle adds the
 * metric to the comparison table and the CLI; the {@code id} must equal {@link #id()}.
 */
@Component(service = PlanMetric.class, property = { "id=" + PeakCoverageMetric.ID, "name=V(peak) coverage",
		"description=Percentage of the structure volume receiving at least 95 % of its prescription (peak Rx for lattice spheres)" })
public final class PeakCoverageMetric implements PlanMetric {

	/** The metric's id, as typed in comparison requests and CSV headers. */
	public static final String ID = "Vpeak95";

	/** The fraction of the prescription a voxel must receive to count as covered. */
	public static final double COVERAGE_LEVEL = 0.95;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String unit() {
		return "%";
	}

	@Override
	public String definition() {
		return "percentage of the structure volume receiving at least 95 % of its prescription dose";
	}

	/**
	 * @throws MetricNotEvaluableException when the structure has no prescription (only targets do)
	 */
	@Override
	public double evaluate(MetricInput input) {
		double rxGy = input.prescriptionGy().orElseThrow(() -> new MetricNotEvaluableException(ID,
				input.structureName(), "no prescription dose: V(peak) coverage needs the structure's prescription"));
		if (!(rxGy > 0) || !Double.isFinite(rxGy)) {
			throw new MetricNotEvaluableException(ID, input.structureName(), "prescription must be > 0 Gy, got " + rxGy);
		}
		return input.dvh().volumeAtLeastPercent(COVERAGE_LEVEL * rxGy);
	}
}
