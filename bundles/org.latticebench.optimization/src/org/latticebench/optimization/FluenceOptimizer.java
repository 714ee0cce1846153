package org.latticebench.optimization;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.optimization.internal.DoseStatistics;
import org.latticebench.optimization.internal.FluenceFunction;
import org.latticebench.optimization.solver.BoundedLbfgs;
import org.latticebench.optimization.solver.MinimizationResult;

/**
 * Fluence-map optimisation: minimises Σ weight_k · objective_k(D w) over beamlet weights
 * 0 ≤ w ≤ maxWeight with {@link BoundedLbfgs}, then applies the normalisation. Deterministic when the
 * operator is; cancellable between iterations and line-search trials.
 *
 * @since 0.1
 */
public final class FluenceOptimizer {

	public OptimizationResult optimize(DoseOperator operator, List<ObjectiveTerm> terms, OptimizerSettings settings,
			ProgressMonitor monitor) {
		return optimize(operator, terms, Optional.empty(), settings, IterationListener.NONE, monitor);
	}

	public OptimizationResult optimize(DoseOperator operator, List<ObjectiveTerm> terms, OptimizerSettings settings,
			IterationListener listener, ProgressMonitor monitor) {
		return optimize(operator, terms, Optional.empty(), settings, listener, monitor);
	}

	/**
	 * @param initialWeights the start point; empty for uniform weights at the best common scale
	 * @throws InvalidInputException                    for no terms, a start point of the wrong length or an
	 *                                                  unnormalisable plan
	 * @throws org.latticebench.core.CancelledException when the monitor asks to stop
	 */
	public OptimizationResult optimize(DoseOperator operator, List<ObjectiveTerm> terms,
			Optional<float[]> initialWeights, OptimizerSettings settings, IterationListener listener,
			ProgressMonitor monitor) {
		long start = System.nanoTime();
		if (terms.isEmpty()) {
			throw new InvalidInputException("fluence optimisation", "objectives", "no objective terms to optimise");
		}
		int nb = operator.beamletCount();
		FluenceFunction function = new FluenceFunction(operator, terms);
		double[] x0 = new double[nb];
		if (initialWeights.isPresent()) {
			float[] w = initialWeights.get();
			if (w.length != nb) {
				throw new InvalidInputException("fluence optimisation", "initialWeights",
						w.length + " weights for " + nb + " beamlets");
			}
			for (int j = 0; j < nb; j++) {
				x0[j] = w[j];
			}
		} else {
			Arrays.fill(x0, StartPoint.uniformScale(operator, function, terms, settings.maxWeight()));
		}
		double[] lower = new double[nb];
		double[] upper = new double[nb];
		Arrays.fill(upper, settings.maxWeight());

		monitor.begin("Optimising fluence", settings.solver().maxIterations());
		try {
			MinimizationResult r = BoundedLbfgs.minimize(function, x0, lower, upper, settings.solver(),
					(iteration, value, x, pg) -> {
						listener.iteration(new IterationReport(iteration, value, function.maxViolationGy(), pg));
						if (iteration > 0) {
							monitor.worked(1);
						}
					}, monitor);
			float[] weights = new float[nb];
			for (int j = 0; j < nb; j++) {
				weights[j] = (float) r.x()[j];
			}
			double factor = normalize(operator, function, weights, settings.normalization());
			double[] dose = function.dose(weights);
			double elapsed = (System.nanoTime() - start) * 1e-9;
			return new OptimizationResult(weights, r.valueHistory(), r.iterations(), r.evaluations(), elapsed, r.reason(),
					factor, function.valueAtDose(dose), function.maxViolationGy(dose));
		} finally {
			monitor.done();
		}
	}

	/** Scales {@code weights} in place to meet the normalisation; returns the factor. */
	static double normalize(DoseOperator operator, FluenceFunction function, float[] weights, Normalization n) {
		double measuredGy, targetGy;
		String structure;
		switch (n) {
		case Normalization.None none -> {
			return 1;
		}
		case Normalization.DoseAtVolume dv -> {
			double[] d = DoseStatistics.gather(function.dose(weights), dv.voxels().rows());
			measuredGy = DoseStatistics.doseAtVolume(d, dv.voxels().weights(), dv.volumePct());
			targetGy = dv.doseGy();
			structure = dv.structureName();
		}
		case Normalization.MeanDose md -> {
			double[] d = DoseStatistics.gather(function.dose(weights), md.voxels().rows());
			measuredGy = DoseStatistics.mean(d, md.voxels().weights());
			targetGy = md.doseGy();
			structure = md.structureName();
		}
		}
		if (!(measuredGy > 0)) {
			throw new InvalidInputException("normalisation", structure,
					"the structure receives no dose (" + measuredGy + " Gy), so the plan cannot be scaled to "
							+ targetGy + " Gy");
		}
		double factor = targetGy / measuredGy;
		for (int j = 0; j < weights.length; j++) {
			weights[j] = (float) (weights[j] * factor);
		}
		return factor;
	}
}
