package org.latticebench.phantom;

import org.latticebench.core.Vec3;
import org.latticebench.phantom.Shapes.Ellipsoid;
import org.latticebench.phantom.Shapes.Tube;

/**
 * The phantom's anatomy as one label function: which {@link Tissue} is at a point (LPS mm).
 * Overlaps between the analytic organ shapes are settled by priority (the first test that
 * matches wins), the way organs press impressions into each other: kidneys, bowel and stomach
 * indent the liver; the tumour wins over everything inside the abdominal cavity below the
 * diaphragm, but never enters the abdominal wall, the spine or the thorax.
 * <p>
 * Layout, for a supine adult at about T10-L4 (z = 0 is near L1): body outline 330 x 230 mm,
 * liver in the right upper quadrant under the right dome, stomach in the left upper quadrant,
 * duodenal C-loop around the tumour's medial-inferior surface, kidneys posterior, colon framing
 * the small bowel, lung bases above the diaphragm.
 */
final class Anatomy {

	// Body outline and wall layers: axial superellipses centred on the origin.
	private static final double BODY_A = 165, BODY_B = 115, BODY_N = 2.5;
	private static final double MUSCLE_A = 147, MUSCLE_B = 100;
	private static final double CAVITY_A = 135, CAVITY_B = 88, CAVITY_N = 2;
	private static final double RIB_BAND_MM = 10;
	/** Region behind the peritoneum around the spine, carved out of the cavity. */
	private static final double SPINE_REGION_Y = 82, SPINE_REGION_A = 48, SPINE_REGION_B = 50;

	// Spine: vertebral body, canal and cord, in the midline.
	private static final double VB_Y = 48, VB_A = 24, VB_B = 19;
	private static final double CANAL_Y = 80, CANAL_R = 10, CORD_R = 5.3, ARCH_R = 17;
	private static final double VERTEBRA_PERIOD_MM = 34, DISC_MM = 8;

	/** Posterior ends of the lower ribs (7th to 12th): height z and how far round they reach. */
	private static final double[] RIB_Z0 = { 150, 122, 94, 66, 40, 14 };
	private static final double[] RIB_REACH = { 0.92, 0.92, 0.92, 0.9, 0.6, 0.4 };
	private static final double RIB_HALF_HEIGHT_MM = 6;

	private final Vec3 tumourCentre;
	private final double tumourRadiusMm;
	private final double coreRadiusMm;
	private final double lobulation;
	private final double tumourReachMm;

	private final Ellipsoid rightLobe = new Ellipsoid(-68, 2, 32, 70, 86, 76);
	private final Ellipsoid leftLobe = new Ellipsoid(12, -42, 52, 66, 36, 36, 15, 0, 0);
	private final Ellipsoid kidneyR = new Ellipsoid(-72, 52, -30, 28, 23, 54, 0, 12, -15);
	private final Ellipsoid kidneyL = new Ellipsoid(72, 52, -18, 28, 23, 54, 0, -12, -15);
	private final Ellipsoid hilumR = new Ellipsoid(-50, 46, -30, 12, 9, 16);
	private final Ellipsoid hilumL = new Ellipsoid(50, 46, -18, 12, 9, 16);
	private final Ellipsoid spleen = new Ellipsoid(92, 45, 20, 23, 52, 48, -35, 0, 0);
	private final Ellipsoid heart = new Ellipsoid(10, -30, 150, 85, 60, 80);

	private final Tube aorta = new Tube(new double[][] { { 22, 20, 140, 12 }, { 16, 14, 60, 12.5 }, { 12, 10, -20, 12 },
			{ 10, 8, -140, 11 } });
	private final Tube ivc = new Tube(new double[][] { { -20, 8, -140, 11 }, { -21, 6, -20, 12 }, { -19, 2, 60, 13 },
			{ -12, -8, 110, 14 }, { -5, -15, 140, 14 } });
	private final Tube stomach = new Tube(new double[][] { { 62, 22, 68, 28 }, { 58, -8, 50, 34 }, { 42, -42, 22, 30 },
			{ 12, -58, 6, 22 }, { -12, -48, 6, 15 }, { -16, -44, 6, 13 } });
	private final Tube duodenum = new Tube(new double[][] { { -16, -44, 6, 13 }, { -30, -32, -2, 14 },
			{ -34, -18, -18, 13 }, { -35, -12, -45, 13 }, { -30, -12, -68, 13 }, { -10, -16, -78, 12 },
			{ 15, -16, -76, 12 }, { 28, -18, -58, 12 }, { 30, -26, -42, 12 } });
	private final Tube colon = new Tube(new double[][] { { -108, 10, -140, 24 }, { -108, 8, -90, 24 },
			{ -105, -5, -60, 22 }, { -92, -30, -48, 21 }, { -50, -62, -45, 20 }, { 0, -70, -52, 20 },
			{ 50, -62, -38, 20 }, { 92, -25, 10, 20 }, { 108, 0, -20, 19 }, { 110, 12, -70, 18 },
			{ 108, 15, -140, 18 } });
	private final Tube smallBowel = new Tube(new double[][] { { 30, -26, -42, 12 }, { 45, -38, -62, 13 },
			{ 70, -40, -82, 13 }, { 35, -52, -78, 13 }, { 0, -40, -84, 13 }, { -35, -52, -76, 13 },
			{ -70, -40, -80, 13 }, { -72, -22, -98, 13 }, { -55, -32, -100, 13 }, { -20, -20, -106, 13 },
			{ 15, -32, -98, 13 }, { 50, -20, -104, 13 }, { 78, -30, -110, 13 }, { 65, -40, -122, 13 },
			{ 35, -55, -126, 13 }, { 0, -45, -120, 13 }, { -35, -55, -126, 13 }, { -70, -40, -124, 13 } });

	Anatomy(PhantomParameters p) {
		tumourCentre = p.tumourCentreMm();
		tumourRadiusMm = 0.5 * p.tumourDiameterMm();
		coreRadiusMm = tumourRadiusMm * Math.cbrt(p.necroticCoreFraction());
		lobulation = p.tumourLobulation();
		tumourReachMm = tumourRadiusMm * (1 + lobulation);
	}

	/** The tissue at a patient position, mm. */
	Tissue label(double x, double y, double z) {
		if (!Shapes.inSuperellipse(x, y, 0, 0, BODY_A, BODY_B, BODY_N)) {
			return Tissue.AIR;
		}
		Tissue spine = spine(x, y, z);
		if (spine != null) {
			return spine;
		}
		boolean inCavity = inCavity(x, y);
		double zDiaphragm = diaphragmZ(x, y);
		if (inCavity && z < zDiaphragm) {
			Tissue t = tumour(x, y, z);
			if (t != null) {
				return t;
			}
		}
		if (aorta.contains(x, y, z)) {
			return Tissue.AORTA;
		}
		if (ivc.contains(x, y, z)) {
			return Tissue.IVC;
		}
		if (!Shapes.inSuperellipse(x, y, 0, 0, MUSCLE_A, MUSCLE_B, BODY_N)) {
			return Tissue.SUBCUTANEOUS_FAT;
		}
		if (!inCavity) {
			return isRib(x, y, z) ? Tissue.RIB : Tissue.MUSCLE;
		}
		if (z >= zDiaphragm) {
			return thorax(x, y, z, zDiaphragm);
		}
		return abdomen(x, y, z);
	}

	private Tissue abdomen(double x, double y, double z) {
		if (kidneyR.contains(x, y, z) && !hilumR.contains(x, y, z)) {
			return Tissue.KIDNEY_R;
		}
		if (kidneyL.contains(x, y, z) && !hilumL.contains(x, y, z)) {
			return Tissue.KIDNEY_L;
		}
		if (isPsoas(x, y, z)) {
			return Tissue.MUSCLE;
		}
		if (stomach.contains(x, y, z)) {
			// supine: gas rises to the anterior (-y) side of the antrum
			return y < -56 ? Tissue.STOMACH_GAS : Tissue.STOMACH;
		}
		if (duodenum.contains(x, y, z)) {
			return Tissue.DUODENUM;
		}
		if (colon.contains(x, y, z)) {
			return y < -64 ? Tissue.COLON_GAS : Tissue.COLON;
		}
		if (smallBowel.contains(x, y, z)) {
			return Tissue.SMALL_BOWEL;
		}
		if (spleen.contains(x, y, z)) {
			return Tissue.SPLEEN;
		}
		if (inLiverEnvelope(x, y, z)) {
			return Tissue.LIVER;
		}
		return Tissue.VISCERAL_FAT;
	}

	private Tissue thorax(double x, double y, double z, double zDiaphragm) {
		if (z < zDiaphragm + 4) {
			return Tissue.MUSCLE; // the diaphragm itself
		}
		if (Math.abs(x - 3) < 26 || heart.contains(x, y, z)) {
			return Tissue.SOFT_TISSUE;
		}
		return x < 0 ? Tissue.LUNG_R : Tissue.LUNG_L;
	}

	private Tissue spine(double x, double y, double z) {
		if (Math.abs(x) > 45 || y < VB_Y - VB_B || y > 100) {
			return null;
		}
		double rc2 = x * x + (y - CANAL_Y) * (y - CANAL_Y);
		if (rc2 < CORD_R * CORD_R) {
			return Tissue.SPINAL_CORD;
		}
		if (rc2 < CANAL_R * CANAL_R) {
			return Tissue.CSF;
		}
		double phase = z - VERTEBRA_PERIOD_MM * Math.floor(z / VERTEBRA_PERIOD_MM);
		if (Shapes.inSuperellipse(x, y, 0, VB_Y, VB_A, VB_B, 2.5)) {
			return phase < DISC_MM ? Tissue.DISC : Tissue.VERTEBRA;
		}
		boolean arched = phase >= DISC_MM + 2 && phase < VERTEBRA_PERIOD_MM - 4;
		if (!arched) {
			return null;
		}
		boolean arch = rc2 < ARCH_R * ARCH_R && y > VB_Y;
		boolean spinous = Math.abs(x) < 5 && y >= CANAL_Y && y < 98;
		boolean transverse = Math.abs(y - 76) < 5 && Math.abs(x) < 42;
		return arch || spinous || transverse ? Tissue.VERTEBRA : null;
	}

	private Tissue tumour(double x, double y, double z) {
		double dx = x - tumourCentre.x(), dy = y - tumourCentre.y(), dz = z - tumourCentre.z();
		if (Math.abs(dx) > tumourReachMm || Math.abs(dy) > tumourReachMm || Math.abs(dz) > tumourReachMm) {
			return null;
		}
		double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
		double shape = d > 0 ? 1 + lobulation * lobes(dx / d, dy / d, dz / d) : 1;
		if (d < coreRadiusMm * shape) {
			return Tissue.TUMOUR_NECROTIC;
		}
		return d < tumourRadiusMm * shape ? Tissue.TUMOUR_SOLID : null;
	}

	/**
	 * A fixed mix of low-order harmonics, bounded by 1 in magnitude: (3z^2-1)/2 and 2xy are at most 1,
	 * and x(4x^2-3) is the Chebyshev T3, also at most 1; the weights sum to 1.
	 */
	static double lobes(double ux, double uy, double uz) {
		return 0.35 * (1.5 * uz * uz - 0.5) + 0.35 * (2 * ux * uy) + 0.3 * (ux * (4 * ux * ux - 3));
	}

	/** The liver as a smooth union of its two lobes, before other organs press into it. */
	boolean inLiverEnvelope(double x, double y, double z) {
		double d1 = (Math.sqrt(rightLobe.level(x, y, z)) - 1) * 70;
		double d2 = (Math.sqrt(leftLobe.level(x, y, z)) - 1) * 36;
		final double k = 15;
		double h = Math.max(k - Math.abs(d1 - d2), 0) / k;
		return Math.min(d1, d2) - h * h * k / 4 < 0;
	}

	private boolean isPsoas(double x, double y, double z) {
		if (z > 45) {
			return false;
		}
		double r = 6 + 0.13 * (45 - z);
		double dx = Math.abs(x) - 38, dy = (y - 50) / 0.85;
		return dx * dx + dy * dy < r * r;
	}

	private boolean isRib(double x, double y, double z) {
		if (!Shapes.inSuperellipse(x, y, 0, 0, CAVITY_A + RIB_BAND_MM, CAVITY_B + RIB_BAND_MM, CAVITY_N)
				|| Shapes.inSuperellipse(x, y, 0, SPINE_REGION_Y, SPINE_REGION_A, SPINE_REGION_B, 2)) {
			return false;
		}
		double psi = Math.atan2(Math.abs(x), y) / Math.PI; // 0 posterior midline, 1 anterior midline
		if (psi < 0.12) {
			return false; // the transverse processes hold the rib heads; leave the back muscles
		}
		for (int r = 0; r < RIB_Z0.length; r++) {
			if (psi > RIB_REACH[r]) {
				continue;
			}
			double zc = RIB_Z0[r] - 35 * Math.sin(Math.PI * psi) - 10 * psi;
			if (Math.abs(z - zc) < RIB_HALF_HEIGHT_MM) {
				return true;
			}
		}
		return false;
	}

	static boolean inCavity(double x, double y) {
		return Shapes.inSuperellipse(x, y, 0, 0, CAVITY_A, CAVITY_B, CAVITY_N)
				&& !Shapes.inSuperellipse(x, y, 0, SPINE_REGION_Y, SPINE_REGION_A, SPINE_REGION_B, 2);
	}

	/**
	 * Height of the diaphragm's upper surface: the right dome higher than the left, falling off
	 * laterally and deepest in the posterior costophrenic recesses.
	 */
	static double diaphragmZ(double x, double y) {
		double lateral = Math.abs(x) / CAVITY_A;
		double posterior = Math.max(0, y - 10) / 70;
		double ap = (y + 10) / CAVITY_B;
		return 95 - 6 * x / 100 - 45 * lateral * lateral * lateral - 15 * ap * ap - 45 * posterior * posterior;
	}

	/**
	 * Rejects a tumour centre outside the liver, where the tumour would be mostly cut off by the
	 * abdominal wall or the diaphragm.
	 */
	static void checkTumourFits(Vec3 centreMm, double reachMm) {
		Anatomy probe = new Anatomy();
		if (!inCavity(centreMm.x(), centreMm.y()) || centreMm.z() >= diaphragmZ(centreMm.x(), centreMm.y())
				|| !probe.inLiverEnvelope(centreMm.x(), centreMm.y(), centreMm.z())) {
			throw new IllegalArgumentException("tumourCentreOffsetMm: the tumour centre " + format(centreMm)
					+ " mm is not inside the liver (right lobe centre is at (-68, 2, 32) mm)");
		}
		if (reachMm <= 0) {
			throw new IllegalArgumentException("tumourDiameterMm must be positive");
		}
	}

	private static String format(Vec3 v) {
		return String.format(java.util.Locale.ROOT, "(%.1f, %.1f, %.1f)", v.x(), v.y(), v.z());
	}

	/** Only for the geometric checks of the fixed organs; carries no tumour. */
	private Anatomy() {
		tumourCentre = Vec3.ZERO;
		tumourRadiusMm = 0;
		coreRadiusMm = 0;
		lobulation = 0;
		tumourReachMm = 0;
	}
}
