package org.latticebench.evaluation.internal;

import org.latticebench.core.FloatVolume;
import org.latticebench.evaluation.Dvh;
import org.latticebench.evaluation.MetricInput;
import org.latticebench.evaluation.MetricNotEvaluableException;
import org.latticebench.evaluation.MetricSpec;
import org.latticebench.evaluation.PlanMetric;

/** A {@link PlanMetric} that computes a {@link MetricSpec} from the DVH (and the dose grid for CI). */
public class SpecMetric implements PlanMetric {

	private final MetricSpec spec;

	public SpecMetric(MetricSpec spec) {
		this.spec = spec;
	}

	public MetricSpec spec() {
		return spec;
	}

	@Override
	public String id() {
		return spec.id();
	}

	@Override
	public String unit() {
		return spec.unit();
	}

	@Override
	public String definition() {
		return spec.definition();
	}

	@Override
	public double evaluate(MetricInput input) {
		Dvh dvh = input.dvh();
		double x = spec.parameter();
		return switch (spec.kind()) {
		case DMIN -> dvh.minGy();
		case DMAX -> dvh.maxGy();
		case DMEAN -> dvh.meanGy();
		case VOLUME -> dvh.totalVolumeCc();
		case DOSE_AT_PERCENT -> dvh.doseAtVolumePercent(x);
		case DOSE_AT_CC -> dvh.doseAtVolumeCc(x);
		case VOLUME_AT_LEAST -> {
			double levelGy = levelGy(input, x);
			yield spec.volumeInCc() ? dvh.volumeAtLeastCc(levelGy) : dvh.volumeAtLeastPercent(levelGy);
		}
		case VOLUME_BELOW -> {
			double levelGy = levelGy(input, x);
			yield spec.volumeInCc() ? dvh.volumeBelowCc(levelGy) : dvh.volumeBelowPercent(levelGy);
		}
		case GEUD -> dvh.gEudGy(x);
		case HI -> {
			double d50 = dvh.doseAtVolumePercent(50);
			if (!(d50 > 0)) {
				throw new MetricNotEvaluableException(id(), input.structureName(), "D50% is 0 Gy");
			}
			yield (dvh.doseAtVolumePercent(2) - dvh.doseAtVolumePercent(98)) / d50;
		}
		case CI_PADDICK -> paddick(input);
		};
	}

	private double levelGy(MetricInput input, double x) {
		if (!spec.doseRelativeToRx()) {
			return x;
		}
		return x / 100.0 * prescriptionGy(input);
	}

	private double prescriptionGy(MetricInput input) {
		double rx = input.prescriptionGy()
				.orElseThrow(() -> new MetricNotEvaluableException(id(), input.structureName(), "no prescription dose given"));
		if (!(rx > 0)) {
			throw new MetricNotEvaluableException(id(), input.structureName(), "prescription must be > 0 Gy, got " + rx);
		}
		return rx;
	}

	private double paddick(MetricInput input) {
		double rxGy = prescriptionGy(input);
		FloatVolume dose = input.doseGy();
		long count = 0;
		for (float d : dose.values()) {
			if (d >= rxGy) {
				count++;
			}
		}
		double pivCc = count * dose.grid().voxelVolumeCc();
		double tvPivCc = input.dvh().volumeAtLeastCc(rxGy);
		if (pivCc == 0) {
			return 0;
		}
		return tvPivCc * tvPivCc / (input.dvh().totalVolumeCc() * pivCc);
	}

	@Override
	public String toString() {
		return "Metric[" + id() + "]";
	}
}
