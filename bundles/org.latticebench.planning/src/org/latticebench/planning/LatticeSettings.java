package org.latticebench.planning;

import java.util.List;

/**
 * Settings of the lattice (SFRT) generator. {@link #defaults()} follows seed [001]: 15 mm
 * spheres, 60 mm apart in-plane, axial planes 30 mm apart, any sphere within 15 mm of an organ
 * at risk removed.
 *
 * @param targets               target construction (the GTV name; PTV from the regimen's margins)
 * @param sphereDiameterMm      diameter of the high-dose spheres, mm
 * @param inPlaneSpacingMm      centre-to-centre distance of neighbouring spheres in an axial plane, mm;
 *                              for {@link Pattern#MONTE_CARLO} the minimum 3D centre distance
 * @param planeSpacingMm        distance between successive axial planes of spheres, mm
 * @param pattern               the lattice
 * @param retractionMm          minimum distance of a whole sphere's surface inside the GTV surface, mm (>= 0)
 * @param keepClipped           keep spheres whose centre is inside the GTV but which cross the retracted
 *                              surface, clipped to the GTV ([001] kept two "only minimally present")
 * @param oarMarginMm           a sphere whose surface is closer than this to an organ at risk is removed, mm
 * @param oarNames              the organs at risk checked; empty means every structure of role OAR in the study
 * @param searchOffset          search the lattice offset (a grid over one lattice cell) for most whole spheres
 * @param offsetStepMm          step of the offset search grid, mm
 * @param searchRotation        also search the rotation about the cranio-caudal axis
 * @param rotationDeg           fixed rotation about the cranio-caudal axis when not searching, degrees
 * @param rotationStepDeg       step of the rotation search, degrees
 * @param randomSamples         extra offsets (and rotations) drawn at random from {@code seed} after the grid;
 *                              also the trial count of {@link Pattern#MONTE_CARLO}
 * @param seed                  the random seed: the only source of randomness
 * @param valleyMarginMm        valley = GTV - (spheres expanded by this), mm
 * @param avoidSpheres          add low-dose "avoid" spheres at the centres of the lattice cells between peaks
 * @param avoidDiameterMm       diameter of the avoid spheres, mm
 * @param supersample           sub-samples per voxel axis when voxelising spheres (1..8)
 * @param constraintSet         the organ-at-risk limits turned into objectives
 * @param beams                 the beam arrangement
 * @since 0.1
 */
public record LatticeSettings(TargetSettings targets, double sphereDiameterMm, double inPlaneSpacingMm,
		double planeSpacingMm, Pattern pattern, double retractionMm, boolean keepClipped, double oarMarginMm,
		List<String> oarNames, boolean searchOffset, double offsetStepMm, boolean searchRotation, double rotationDeg,
		double rotationStepDeg, int randomSamples, long seed, double valleyMarginMm, boolean avoidSpheres,
		double avoidDiameterMm, int supersample, OarConstraintSet constraintSet, BeamArrangement beams) {

	/** How lattice vertices are arranged. */
	public enum Pattern {
		/** a square grid in each axial plane, planes stacked directly above each other */
		CUBIC,
		/**
		 * a triangular (hexagonal close-packed) grid in each plane; alternate planes shifted onto the
		 * centres of the triangles (A-B stacking)
		 */
		HEXAGONAL,
		/** a square grid in each plane; alternate planes shifted by half a cell diagonally */
		ALTERNATING,
		/**
		 * no grid: spheres added in random order at positions inside the retracted GTV, keeping centres at
		 * least {@code inPlaneSpacingMm} apart; the best of {@code randomSamples} trials wins
		 */
		MONTE_CARLO
	}

	public LatticeSettings {
		oarNames = List.copyOf(oarNames);
		positive("sphereDiameterMm", sphereDiameterMm);
		positive("inPlaneSpacingMm", inPlaneSpacingMm);
		positive("planeSpacingMm", planeSpacingMm);
		positive("offsetStepMm", offsetStepMm);
		positive("rotationStepDeg", rotationStepDeg);
		positive("avoidDiameterMm", avoidDiameterMm);
		if (!(retractionMm >= 0) || !(oarMarginMm >= 0) || !(valleyMarginMm >= 0) || !Double.isFinite(rotationDeg)) {
			throw new IllegalArgumentException("retraction, OAR margin and valley margin must be >= 0 mm");
		}
		if (pattern != Pattern.MONTE_CARLO && inPlaneSpacingMm < sphereDiameterMm) {
			throw new IllegalArgumentException("spheres of " + sphereDiameterMm + " mm overlap at a spacing of "
					+ inPlaneSpacingMm + " mm");
		}
		if (randomSamples < 0 || randomSamples > 100_000 || supersample < 1 || supersample > 8) {
			throw new IllegalArgumentException("randomSamples must be in 0..100000 and supersample in 1..8");
		}
		if (pattern == null || constraintSet == null || targets == null || beams == null) {
			throw new IllegalArgumentException("pattern, constraint set, targets and beams must be given");
		}
	}

	private static void positive(String what, double v) {
		if (!(v > 0) || !Double.isFinite(v)) {
			throw new IllegalArgumentException(what + " must be positive and finite, got " + v);
		}
	}

	/** Seed [001]: 15 mm spheres, 60 mm in-plane, 30 mm between planes, 15 mm OAR exclusion; cubic lattice. */
	public static LatticeSettings defaults() {
		return new LatticeSettings(TargetSettings.defaults(), 15.0, 60.0, 30.0, Pattern.CUBIC, 0.0, true, 15.0, List.of(),
				true, 5.0, false, 0.0, 15.0, 0, 1L, 5.0, false, 15.0, 3, OarConstraintSet.AUTO,
				BeamArrangement.defaults());
	}

	/**
	 * A "Mayo" rule set, after the Monte Carlo placement the issue attributes to the Mayo Clinic.
	 * <p>
	 * <b>Provenance, stated plainly:</b> we could not consult a primary Mayo publication while writing
	 * this, so the parameters are not verified against one. What is implemented is a Monte Carlo
	 * (random sequential addition) placement: 15 mm spheres whose surfaces stay at least 5 mm
	 * inside the GTV surface, centres at least 30 mm apart (twice the diameter, a spacing rule widely
	 * used in published lattice practice), no clipped spheres, 15 mm organ-at-risk exclusion as in
	 * [001], best of 200 seeded trials. Treat it as a named starting point to edit, not as the
	 * Mayo protocol.
	 */
	public static LatticeSettings mayo() {
		LatticeSettings d = defaults();
		return new LatticeSettings(d.targets, 15.0, 30.0, 30.0, Pattern.MONTE_CARLO, 5.0, false, 15.0, List.of(), false,
				d.offsetStepMm, false, 0.0, d.rotationStepDeg, 200, 1L, d.valleyMarginMm, false, 15.0, 3, d.constraintSet,
				d.beams);
	}

	public double sphereRadiusMm() {
		return sphereDiameterMm / 2;
	}
}
