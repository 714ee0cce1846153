package org.latticebench.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.evaluation.internal.Resampler;

/**
 * BED and EQD2, as closed forms and voxel by voxel. A lattice plan's voxel doses per fraction range
 * from a few Gy in the valleys to 13 Gy in the spheres, so its EQD2 must be computed per voxel
 * (then DVH'd), never from the prescription alone (shared/DOMAIN.md "Radiobiology").
 * <p>
 * LQ: {@code BED = n d (1 + d / (a/b))}, {@code EQD2 = BED / (1 + 2 / (a/b))}, with d the dose per
 * fraction. Negative doses (interpolation noise) count as 0.
 *
 * @since 0.1
 */
public final class Radiobiology {

	/** Default alpha/beta of tumour, Gy (shared/DOMAIN.md). */
	public static final double TUMOUR_ALPHA_BETA_GY = 10;
	/** Default alpha/beta of liver, Gy (issue 8: "liver 2.5"; DOMAIN.md: liver often 2-3 Gy). */
	public static final double LIVER_ALPHA_BETA_GY = 2.5;
	/** Default alpha/beta of other late-responding normal tissue, Gy (shared/DOMAIN.md). */
	public static final double LATE_TISSUE_ALPHA_BETA_GY = 3;

	/** One course of treatment: a total dose delivered in a number of equal fractions. */
	public record Course(FloatVolume totalDoseGy, int fractions) {
		public Course {
			Objects.requireNonNull(totalDoseGy, "totalDoseGy");
			checkFractions(fractions);
		}
	}

	private Radiobiology() {
	}

	public static double bedGy(double totalDoseGy, int fractions, double alphaBetaGy) {
		return bedGy(totalDoseGy, fractions, alphaBetaGy, FractionationModel.LQ);
	}

	public static double bedGy(double totalDoseGy, int fractions, double alphaBetaGy, FractionationModel model) {
		checkFractions(fractions);
		checkAlphaBeta(alphaBetaGy);
		if (!(totalDoseGy > 0)) {
			return 0;
		}
		return fractions * model.bedPerFractionGy(totalDoseGy / fractions, alphaBetaGy);
	}

	public static double eqd2Gy(double totalDoseGy, int fractions, double alphaBetaGy) {
		return eqdGy(totalDoseGy, fractions, alphaBetaGy, 2.0, FractionationModel.LQ);
	}

	/** Equivalent dose in fractions of {@code referenceDosePerFractionGy}: {@code BED / (1 + d_ref / (a/b))}. */
	public static double eqdGy(double totalDoseGy, int fractions, double alphaBetaGy, double referenceDosePerFractionGy,
			FractionationModel model) {
		return bedGy(totalDoseGy, fractions, alphaBetaGy, model) / (1 + referenceDosePerFractionGy / alphaBetaGy);
	}

	/** Voxelwise EQD2 with one alpha/beta everywhere (e.g. for one structure's DVH). */
	public static FloatVolume toEqd2(FloatVolume totalDoseGy, int fractions, double alphaBetaGy) {
		checkAlphaBeta(alphaBetaGy);
		float[] ab = new float[totalDoseGy.values().length];
		java.util.Arrays.fill(ab, (float) alphaBetaGy);
		return toEqd(totalDoseGy, fractions, new FloatVolume(totalDoseGy.grid(), ab), 2.0, FractionationModel.LQ);
	}

	/** Voxelwise EQD2 (LQ) with an alpha/beta map on the dose grid. */
	public static FloatVolume toEqd2(FloatVolume totalDoseGy, int fractions, FloatVolume alphaBetaGy) {
		return toEqd(totalDoseGy, fractions, alphaBetaGy, 2.0, FractionationModel.LQ);
	}

	public static FloatVolume toEqd2(FloatVolume totalDoseGy, int fractions, FloatVolume alphaBetaGy,
			FractionationModel model) {
		return toEqd(totalDoseGy, fractions, alphaBetaGy, 2.0, model);
	}

	/** Voxelwise BED. */
	public static FloatVolume toBed(FloatVolume totalDoseGy, int fractions, FloatVolume alphaBetaGy,
			FractionationModel model) {
		return map(totalDoseGy, fractions, alphaBetaGy, model, 0);
	}

	/** Voxelwise equivalent dose in fractions of {@code referenceDosePerFractionGy}. */
	public static FloatVolume toEqd(FloatVolume totalDoseGy, int fractions, FloatVolume alphaBetaGy,
			double referenceDosePerFractionGy, FractionationModel model) {
		if (!(referenceDosePerFractionGy > 0)) {
			throw new IllegalArgumentException("reference dose per fraction must be > 0 Gy, got " + referenceDosePerFractionGy);
		}
		return map(totalDoseGy, fractions, alphaBetaGy, model, referenceDosePerFractionGy);
	}

	private static FloatVolume map(FloatVolume totalDoseGy, int fractions, FloatVolume alphaBetaGy,
			FractionationModel model, double referenceDosePerFractionGy) {
		checkFractions(fractions);
		if (!alphaBetaGy.grid().sameGeometry(totalDoseGy.grid())) {
			throw new InvalidInputException(null, "alpha/beta map",
					"must be on the dose grid " + totalDoseGy.grid() + ", got " + alphaBetaGy.grid());
		}
		float[] d = totalDoseGy.values(), ab = alphaBetaGy.values();
		float[] out = new float[d.length];
		for (int i = 0; i < d.length; i++) {
			double abGy = ab[i];
			if (!(abGy > 0)) {
				throw new InvalidInputException(null, "alpha/beta map", "voxel " + i + " has alpha/beta " + abGy + " Gy; must be > 0");
			}
			double bed = d[i] > 0 ? fractions * model.bedPerFractionGy(d[i] / fractions, abGy) : 0;
			out[i] = (float) (referenceDosePerFractionGy > 0 ? bed / (1 + referenceDosePerFractionGy / abGy) : bed);
		}
		return new FloatVolume(totalDoseGy.grid(), out);
	}

	/**
	 * The EQD2 sum of several courses (e.g. seed 001's change of fractionation mid-course). Each
	 * course's physical dose is first resampled (trilinearly, 0 outside) onto the grid of
	 * {@code alphaBetaGy}, then converted, then added.
	 */
	public static FloatVolume sumEqd2(List<Course> courses, FloatVolume alphaBetaGy, FractionationModel model) {
		if (courses.isEmpty()) {
			throw new InvalidInputException(null, "courses", "no course to sum");
		}
		Grid3 grid = alphaBetaGy.grid();
		float[] sum = new float[grid.voxelCount()];
		for (Course c : courses) {
			FloatVolume onGrid = Resampler.resample(c.totalDoseGy(), grid, 0f);
			float[] eqd2 = toEqd2(onGrid, c.fractions(), alphaBetaGy, model).values();
			for (int i = 0; i < sum.length; i++) {
				sum[i] += eqd2[i];
			}
		}
		return new FloatVolume(grid, sum);
	}

	/**
	 * An alpha/beta map on {@code doseGrid} from the structures' own alpha/beta values: a voxel takes
	 * the value of the first structure covering at least half of it, targets before other roles
	 * (so tumour inside the liver counts as tumour), otherwise {@code defaultAlphaBetaGy}.
	 */
	public static FloatVolume alphaBetaMap(Grid3 doseGrid, List<StructureSnapshot> structures, double defaultAlphaBetaGy) {
		checkAlphaBeta(defaultAlphaBetaGy);
		List<StructureSnapshot> ordered = new ArrayList<>(structures);
		ordered.sort(Comparator.comparingInt(s -> s.role() == StructureRole.TARGET ? 0 : 1));
		float[] ab = new float[doseGrid.voxelCount()];
		java.util.Arrays.fill(ab, (float) defaultAlphaBetaGy);
		boolean[] set = new boolean[ab.length];
		for (StructureSnapshot s : ordered) {
			if (s.mask().isEmpty() || s.role() == StructureRole.EXTERNAL) {
				continue;
			}
			checkAlphaBeta(s.alphaBetaGy());
			float[] f = Resampler.nearestFractions(s.mask().get(), doseGrid);
			for (int i = 0; i < ab.length; i++) {
				if (!set[i] && f[i] >= 0.5f) {
					ab[i] = (float) s.alphaBetaGy();
					set[i] = true;
				}
			}
		}
		return new FloatVolume(doseGrid, ab);
	}

	private static void checkFractions(int fractions) {
		if (fractions < 1) {
			throw new InvalidInputException(null, "fractions", "must be at least 1, got " + fractions);
		}
	}

	private static void checkAlphaBeta(double alphaBetaGy) {
		if (!(alphaBetaGy > 0) || !Double.isFinite(alphaBetaGy)) {
			throw new InvalidInputException(null, "alpha/beta", "must be a positive number of Gy, got " + alphaBetaGy);
		}
	}
}
