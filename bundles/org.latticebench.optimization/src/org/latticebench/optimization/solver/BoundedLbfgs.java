package org.latticebench.optimization.solver;

import java.util.ArrayList;
import java.util.List;

import org.latticebench.core.ProgressMonitor;

/**
 * Bound-constrained limited-memory BFGS: a projected quasi-Newton method in the manner of
 * Bertsekas (SIAM J. Control Optim. 20 (1982) 221) and Kim, Sra &amp; Dhillon (SIAM J. Sci. Comput. 32
 * (2010) 3548), with the L-BFGS two-loop recursion of Nocedal &amp; Wright, Numerical Optimization,
 * 2nd ed., Alg. 7.4.
 * <p>
 * Each iteration fixes the binding variables (at a bound with the gradient pushing outwards),
 * takes the L-BFGS direction on the free ones, and backtracks along the projected path
 * P(x + α d) until the Armijo condition f(x(α)) ≤ f(x) + c₁ gᵀ(x(α) − x) holds, with safeguarded
 * quadratic interpolation. Because the direction is H_FF applied to the free gradient and H is kept
 * positive definite (pairs with sᵀy ≤ ε yᵀy are skipped), it is always a descent direction.
 * Should a direction still fail, the memory is cleared and a scaled steepest-descent step is tried.
 * <p>
 * Everything runs on the calling thread in a fixed order, so the iterates are bit-for-bit
 * reproducible when the function is.
 *
 * @since 0.1
 */
public final class BoundedLbfgs {

	/** Per-iteration report; {@code x} is the solver's own array: read it, never keep or change it. */
	@FunctionalInterface
	public interface Listener {
		/** Called once for the start point (iteration 0) and after every accepted step. */
		void iteration(int iteration, double value, double[] x, double projectedGradientNorm);
	}

	/** Armijo sufficient-decrease constant, as in Nocedal &amp; Wright. */
	private static final double C1 = 1e-4;
	/** Curvature pairs with sᵀy at or below this times yᵀy are skipped (machine epsilon, as L-BFGS-B). */
	private static final double CURVATURE_EPS = 2.2e-16;

	private BoundedLbfgs() {
	}

	/**
	 * Minimises f over the box lower ≤ x ≤ upper (bounds may be infinite).
	 *
	 * @throws org.latticebench.core.CancelledException when the monitor asks to stop
	 * @throws IllegalArgumentException                 for inconsistent bounds or a non-finite start value
	 */
	public static MinimizationResult minimize(DifferentiableFunction f, double[] x0, double[] lower, double[] upper,
			LbfgsSettings settings, Listener listener, ProgressMonitor monitor) {
		int n = x0.length;
		if (lower.length != n || upper.length != n) {
			throw new IllegalArgumentException("bounds have lengths " + lower.length + " and " + upper.length
					+ " for " + n + " variables");
		}
		for (int i = 0; i < n; i++) {
			if (!(lower[i] <= upper[i])) {
				throw new IllegalArgumentException("variable " + i + ": lower bound " + lower[i]
						+ " is not <= upper bound " + upper[i]);
			}
		}
		int m = settings.historySize();
		List<double[]> sHist = new ArrayList<>(m), yHist = new ArrayList<>(m);
		List<Double> rhoHist = new ArrayList<>(m);
		double gamma = Double.NaN;

		double[] x = x0.clone();
		project(x, lower, upper);
		double[] g = new double[n];
		double fx = f.valueAndGradient(x, g);
		int evaluations = 1;
		if (!Double.isFinite(fx)) {
			throw new IllegalArgumentException("the objective is not finite at the start point: " + fx);
		}
		List<Double> history = new ArrayList<>();
		history.add(fx);
		double pgNorm = projectedGradientNorm(x, g, lower, upper);
		listener.iteration(0, fx, x, pgNorm);

		double[] d = new double[n], q = new double[n], xt = new double[n], gt = new double[n];
		boolean[] binding = new boolean[n];
		int iteration = 0;
		TerminationReason reason;
		while (true) {
			monitor.checkCanceled();
			if (pgNorm <= settings.projectedGradientTolerance()) {
				reason = TerminationReason.PROJECTED_GRADIENT;
				break;
			}
			if (iteration >= settings.maxIterations()) {
				reason = TerminationReason.MAX_ITERATIONS;
				break;
			}
			for (int i = 0; i < n; i++) {
				binding[i] = (x[i] <= lower[i] && g[i] > 0) || (x[i] >= upper[i] && g[i] < 0);
				q[i] = binding[i] ? 0 : g[i];
			}
			double h0 = sHist.isEmpty() ? initialScale(x, q) : gamma;
			twoLoop(q, sHist, yHist, rhoHist, h0);
			double gtd = 0;
			for (int i = 0; i < n; i++) {
				d[i] = binding[i] ? 0 : -q[i];
				gtd += g[i] * d[i];
			}
			if (!(gtd < 0)) {
				if (!sHist.isEmpty()) {
					clear(sHist, yHist, rhoHist);
					continue;
				}
				reason = TerminationReason.LINE_SEARCH_STALLED;
				break;
			}

			// backtracking along the projected path; the first trial also takes the gradient
			double alpha = 1, ft = Double.NaN;
			boolean accepted = false, haveGradient = false;
			for (int k = 0; k < settings.maxLineSearchSteps(); k++) {
				monitor.checkCanceled();
				double decrease = 0;
				boolean moved = false;
				for (int i = 0; i < n; i++) {
					xt[i] = Math.min(Math.max(x[i] + alpha * d[i], lower[i]), upper[i]);
					double step = xt[i] - x[i];
					moved |= step != 0;
					decrease += g[i] * step;
				}
				if (!moved) {
					break;
				}
				if (k == 0) {
					ft = f.valueAndGradient(xt, gt);
					haveGradient = true;
				} else {
					ft = f.value(xt);
					haveGradient = false;
				}
				evaluations++;
				if (decrease < 0 && ft <= fx + C1 * decrease) {
					accepted = true;
					break;
				}
				alpha = nextAlpha(alpha, fx, ft, decrease);
			}
			if (!accepted) {
				if (!sHist.isEmpty()) {
					clear(sHist, yHist, rhoHist);
					continue;
				}
				reason = TerminationReason.LINE_SEARCH_STALLED;
				break;
			}
			if (!haveGradient) {
				ft = f.valueAndGradient(xt, gt);
				evaluations++;
			}

			double sy = 0, yy = 0;
			double[] s = new double[n], y = new double[n];
			for (int i = 0; i < n; i++) {
				s[i] = xt[i] - x[i];
				y[i] = gt[i] - g[i];
				sy += s[i] * y[i];
				yy += y[i] * y[i];
			}
			if (sy > CURVATURE_EPS * yy && sy > 0) {
				if (sHist.size() == m) {
					sHist.remove(0);
					yHist.remove(0);
					rhoHist.remove(0);
				}
				sHist.add(s);
				yHist.add(y);
				rhoHist.add(1 / sy);
				gamma = sy / yy;
			}
			double fPrevious = fx;
			System.arraycopy(xt, 0, x, 0, n);
			System.arraycopy(gt, 0, g, 0, n);
			fx = ft;
			iteration++;
			history.add(fx);
			pgNorm = projectedGradientNorm(x, g, lower, upper);
			listener.iteration(iteration, fx, x, pgNorm);
			double scale = Math.max(Math.max(Math.abs(fPrevious), Math.abs(fx)), 1);
			if (fPrevious - fx <= settings.relativeObjectiveTolerance() * scale) {
				reason = TerminationReason.OBJECTIVE_CHANGE;
				break;
			}
		}
		double[] h = history.stream().mapToDouble(Double::doubleValue).toArray();
		return new MinimizationResult(x, fx, iteration, evaluations, h, reason);
	}

	/** Next trial step: the minimiser of the quadratic through φ(0), φ'(0) and φ(α), kept in [0.1α, 0.5α]. */
	private static double nextAlpha(double alpha, double f0, double ft, double decrease) {
		if (!Double.isFinite(ft)) {
			return 0.1 * alpha;
		}
		double slope = decrease / alpha;
		double curvature = ft - f0 - slope * alpha;
		double a = curvature > 0 ? -slope * alpha * alpha / (2 * curvature) : 0.5 * alpha;
		return Math.min(Math.max(a, 0.1 * alpha), 0.5 * alpha);
	}

	/** Without curvature pairs, scale the first step to move the largest free variable by about max(|x|∞, 1). */
	private static double initialScale(double[] x, double[] freeGradient) {
		double gMax = 0, xMax = 0;
		for (int i = 0; i < x.length; i++) {
			gMax = Math.max(gMax, Math.abs(freeGradient[i]));
			if (Double.isFinite(x[i])) {
				xMax = Math.max(xMax, Math.abs(x[i]));
			}
		}
		return gMax > 0 ? Math.max(xMax, 1) / gMax : 1;
	}

	/** q ← H q, with H the L-BFGS inverse-Hessian approximation (H₀ = h0 · I). */
	private static void twoLoop(double[] q, List<double[]> sHist, List<double[]> yHist, List<Double> rhoHist,
			double h0) {
		int k = sHist.size();
		double[] a = new double[k];
		for (int j = k - 1; j >= 0; j--) {
			a[j] = rhoHist.get(j) * dot(sHist.get(j), q);
			axpy(-a[j], yHist.get(j), q);
		}
		for (int i = 0; i < q.length; i++) {
			q[i] *= h0;
		}
		for (int j = 0; j < k; j++) {
			double b = rhoHist.get(j) * dot(yHist.get(j), q);
			axpy(a[j] - b, sHist.get(j), q);
		}
	}

	private static void clear(List<double[]> s, List<double[]> y, List<Double> rho) {
		s.clear();
		y.clear();
		rho.clear();
	}

	private static double dot(double[] a, double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

	private static void axpy(double alpha, double[] x, double[] y) {
		for (int i = 0; i < x.length; i++) {
			y[i] += alpha * x[i];
		}
	}

	private static void project(double[] x, double[] lower, double[] upper) {
		for (int i = 0; i < x.length; i++) {
			x[i] = Math.min(Math.max(x[i], lower[i]), upper[i]);
		}
	}

	/** max_i |P(x − g)_i − x_i|: zero exactly at a first-order (KKT) point of the box problem. */
	public static double projectedGradientNorm(double[] x, double[] g, double[] lower, double[] upper) {
		double m = 0;
		for (int i = 0; i < x.length; i++) {
			double p = Math.min(Math.max(x[i] - g[i], lower[i]), upper[i]);
			m = Math.max(m, Math.abs(p - x[i]));
		}
		return m;
	}
}
