package org.latticebench.evaluation;

import java.util.Objects;
import java.util.Optional;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Mask;

/**
 * What the SFRT metrics need.
 *
 * @param doseGy         the plan dose (physical or EQD2)
 * @param gtv            the GTV, the target the lattice sits in
 * @param ptv            the PTV, for the PTV D10/D90 PVDR variant
 * @param spheres        the union of the high-dose spheres
 * @param valley         the valley structure; when empty, GTV minus spheres (voxelwise fractions)
 * @param sphereCount    number of spheres in the lattice (as placed by the generator)
 * @param gtvDepthMm     depth below the GTV surface, mm, on the GTV grid; when empty it is computed
 *                       with an exact Euclidean distance transform (accurate to half a voxel)
 * @param shellWidthMm   width of the concentric GTV shells, mm (&gt; 0)
 * @param eudA           gEUD parameter a for ePVDR (tumour: negative, default -10)
 * @param settings       DVH settings
 * @since 0.1
 */
public record SfrtInput(FloatVolume doseGy, Mask gtv, Optional<Mask> ptv, Mask spheres, Optional<Mask> valley,
		int sphereCount, Optional<FloatVolume> gtvDepthMm, double shellWidthMm, double eudA, DvhSettings settings) {

	/** Default a for the tumour gEUD of ePVDR (Niemierko 1999 uses negative a for tumours; -10 is a common choice). */
	public static final double DEFAULT_EUD_A = -10;

	public SfrtInput {
		Objects.requireNonNull(doseGy, "doseGy");
		Objects.requireNonNull(gtv, "gtv");
		Objects.requireNonNull(ptv, "ptv");
		Objects.requireNonNull(spheres, "spheres");
		Objects.requireNonNull(valley, "valley");
		Objects.requireNonNull(gtvDepthMm, "gtvDepthMm");
		Objects.requireNonNull(settings, "settings");
		if (sphereCount < 0) {
			throw new IllegalArgumentException("sphere count must be >= 0, got " + sphereCount);
		}
		if (!(shellWidthMm > 0)) {
			throw new IllegalArgumentException("shell width must be > 0 mm, got " + shellWidthMm);
		}
		if (eudA == 0 || !Double.isFinite(eudA)) {
			throw new IllegalArgumentException("gEUD parameter a must be finite and non-zero, got " + eudA);
		}
	}

	/** GTV and spheres only: valley = GTV minus spheres, 5 mm shells, a = -10, default DVH settings. */
	public static SfrtInput of(FloatVolume doseGy, Mask gtv, Mask spheres, int sphereCount) {
		return new SfrtInput(doseGy, gtv, Optional.empty(), spheres, Optional.empty(), sphereCount, Optional.empty(), 5.0,
				DEFAULT_EUD_A, DvhSettings.DEFAULT);
	}

	public SfrtInput withPtv(Mask newPtv) {
		return new SfrtInput(doseGy, gtv, Optional.of(newPtv), spheres, valley, sphereCount, gtvDepthMm, shellWidthMm, eudA,
				settings);
	}

	public SfrtInput withValley(Mask newValley) {
		return new SfrtInput(doseGy, gtv, ptv, spheres, Optional.of(newValley), sphereCount, gtvDepthMm, shellWidthMm, eudA,
				settings);
	}

	public SfrtInput withGtvDepthMm(FloatVolume depthMm, double newShellWidthMm) {
		return new SfrtInput(doseGy, gtv, ptv, spheres, valley, sphereCount, Optional.of(depthMm), newShellWidthMm, eudA,
				settings);
	}

	public SfrtInput withShellWidthMm(double newShellWidthMm) {
		return new SfrtInput(doseGy, gtv, ptv, spheres, valley, sphereCount, gtvDepthMm, newShellWidthMm, eudA, settings);
	}
}
