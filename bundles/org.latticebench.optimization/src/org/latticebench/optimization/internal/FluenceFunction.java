package org.latticebench.optimization.internal;

import java.util.List;

import org.latticebench.optimization.DoseOperator;
import org.latticebench.optimization.ObjectiveTerm;
import org.latticebench.optimization.solver.DifferentiableFunction;

/**
 * f(w) = Σ_k weight_k · objective_k(D w), with ∇f = Dᵀ Σ_k weight_k ∇_d objective_k. The dose of
 * the last weights is kept, so the gradient at an accepted line-search point costs one Dᵀ product only.
 */
public final class FluenceFunction implements DifferentiableFunction {

	private final DoseOperator operator;
	private final List<ObjectiveTerm> terms;
	private final float[] weightsF;
	private final float[] doseF;
	private final double[] doseGy;
	private final double[] voxelGradient;
	private final float[] voxelGradientF;
	private final float[] beamletGradientF;
	private final float[] lastWeights;
	private boolean doseValid;

	public FluenceFunction(DoseOperator operator, List<ObjectiveTerm> terms) {
		this.operator = operator;
		this.terms = List.copyOf(terms);
		int nv = operator.voxelCount(), nb = operator.beamletCount();
		weightsF = new float[nb];
		lastWeights = new float[nb];
		doseF = new float[nv];
		doseGy = new double[nv];
		voxelGradient = new double[nv];
		voxelGradientF = new float[nv];
		beamletGradientF = new float[nb];
	}

	private void computeDose(double[] x) {
		for (int j = 0; j < x.length; j++) {
			weightsF[j] = (float) x[j];
		}
		if (doseValid && java.util.Arrays.equals(weightsF, lastWeights)) {
			return;
		}
		operator.multiply(weightsF, doseF);
		for (int i = 0; i < doseF.length; i++) {
			doseGy[i] = doseF[i];
		}
		System.arraycopy(weightsF, 0, lastWeights, 0, weightsF.length);
		doseValid = true;
	}

	/** The objective at a dose vector (all operator rows). */
	public double valueAtDose(double[] dose) {
		double f = 0;
		for (ObjectiveTerm t : terms) {
			f += t.weight() * t.objective().value(dose);
		}
		return f;
	}

	@Override
	public double value(double[] x) {
		computeDose(x);
		return valueAtDose(doseGy);
	}

	@Override
	public double valueAndGradient(double[] x, double[] gradientOut) {
		computeDose(x);
		java.util.Arrays.fill(voxelGradient, 0);
		double f = 0;
		for (ObjectiveTerm t : terms) {
			f += t.weight() * t.objective().valueAndGradient(doseGy, t.weight(), voxelGradient);
		}
		for (int i = 0; i < voxelGradient.length; i++) {
			voxelGradientF[i] = (float) voxelGradient[i];
		}
		operator.multiplyTransposed(voxelGradientF, beamletGradientF);
		for (int j = 0; j < gradientOut.length; j++) {
			gradientOut[j] = beamletGradientF[j];
		}
		return f;
	}

	/** The largest goal miss, in Gy, at the dose of the last evaluated weights. */
	public double maxViolationGy() {
		return maxViolationGy(doseGy);
	}

	public double maxViolationGy(double[] dose) {
		double v = 0;
		for (ObjectiveTerm t : terms) {
			v = Math.max(v, t.objective().violationGy(dose));
		}
		return v;
	}

	/** D·w in double, for weights given as floats. */
	public double[] dose(float[] weights) {
		float[] d = new float[operator.voxelCount()];
		operator.multiply(weights, d);
		double[] out = new double[d.length];
		for (int i = 0; i < d.length; i++) {
			out[i] = d[i];
		}
		return out;
	}
}
