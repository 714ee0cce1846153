package org.latticebench.phantom;

import org.latticebench.core.Vec3;

/**
 * What a teaching lab may vary in the built-in liver phantom. The anatomy itself is fixed; the
 * grid always covers {@link #FIELD_OF_VIEW_MM} (350 mm left-right, 250 mm antero-posterior,
 * 250 mm cranio-caudal), centred on the patient origin. There is no randomness: the same
 * parameters always give the bit-identical phantom.
 *
 * @param spacingMm             isotropic voxel spacing, mm; 2-3 mm for planning, up to 5 mm for quick
 *                              tests; allowed 2.0-5.0 (default 2.5)
 * @param tumourDiameterMm      diameter of the tumour (GTV) before lobulation, mm; allowed 20-120
 *                              (default 100, about 520 cc)
 * @param tumourCentreOffsetMm  shift of the tumour centre from its default place in the right liver
 *                              lobe ({@link #DEFAULT_TUMOUR_CENTRE_MM}), LPS mm; the centre must lie
 *                              in the liver; a tumour reaching the abdominal wall or the diaphragm
 *                              is flattened against it (default 0,0,0)
 * @param necroticCoreFraction  necrotic core volume as a fraction of the GTV volume; allowed
 *                              0.05-0.8 (default 0.3, a core of 0.67 times the tumour radius)
 * @param tumourLobulation      relative amplitude of the tumour's surface lobulation; 0 gives an
 *                              exact sphere; allowed 0-0.15 (default 0.05, about ±2.5 mm on a 50 mm radius)
 * @since 0.1
 */
public record PhantomParameters(double spacingMm, double tumourDiameterMm, Vec3 tumourCentreOffsetMm,
		double necroticCoreFraction, double tumourLobulation) {

	/** Extent of the image grid: left-right, antero-posterior, cranio-caudal, mm. */
	public static final Vec3 FIELD_OF_VIEW_MM = new Vec3(350, 250, 250);

	/** Where the tumour centre sits with a zero offset: the right lobe (patient right is -x). */
	public static final Vec3 DEFAULT_TUMOUR_CENTRE_MM = new Vec3(-80, -12, 30);

	public static final double MIN_SPACING_MM = 2.0;
	public static final double MAX_SPACING_MM = 5.0;
	public static final double MIN_TUMOUR_DIAMETER_MM = 20;
	public static final double MAX_TUMOUR_DIAMETER_MM = 120;
	public static final double MIN_NECROTIC_CORE_FRACTION = 0.05;
	public static final double MAX_NECROTIC_CORE_FRACTION = 0.8;
	public static final double MAX_TUMOUR_LOBULATION = 0.15;

	public PhantomParameters {
		if (tumourCentreOffsetMm == null) {
			throw new IllegalArgumentException("tumourCentreOffsetMm must not be null");
		}
		requireRange("spacingMm", spacingMm, MIN_SPACING_MM, MAX_SPACING_MM, "mm");
		requireRange("tumourDiameterMm", tumourDiameterMm, MIN_TUMOUR_DIAMETER_MM, MAX_TUMOUR_DIAMETER_MM, "mm");
		if (!tumourCentreOffsetMm.isFinite()) {
			throw new IllegalArgumentException("tumourCentreOffsetMm must be finite, got " + tumourCentreOffsetMm);
		}
		requireRange("necroticCoreFraction", necroticCoreFraction, MIN_NECROTIC_CORE_FRACTION,
				MAX_NECROTIC_CORE_FRACTION, "");
		requireRange("tumourLobulation", tumourLobulation, 0, MAX_TUMOUR_LOBULATION, "");
		Anatomy.checkTumourFits(DEFAULT_TUMOUR_CENTRE_MM.plus(tumourCentreOffsetMm),
				0.5 * tumourDiameterMm * (1 + tumourLobulation));
	}

	/** The defaults: 2.5 mm voxels, a 100 mm lobulated tumour with a 30 % necrotic core. */
	public static PhantomParameters defaults() {
		return new PhantomParameters(2.5, 100, Vec3.ZERO, 0.3, 0.05);
	}

	public PhantomParameters withSpacingMm(double newSpacingMm) {
		return new PhantomParameters(newSpacingMm, tumourDiameterMm, tumourCentreOffsetMm, necroticCoreFraction,
				tumourLobulation);
	}

	public PhantomParameters withTumourDiameterMm(double newDiameterMm) {
		return new PhantomParameters(spacingMm, newDiameterMm, tumourCentreOffsetMm, necroticCoreFraction,
				tumourLobulation);
	}

	public PhantomParameters withTumourCentreOffsetMm(Vec3 newOffsetMm) {
		return new PhantomParameters(spacingMm, tumourDiameterMm, newOffsetMm, necroticCoreFraction, tumourLobulation);
	}

	public PhantomParameters withNecroticCoreFraction(double newFraction) {
		return new PhantomParameters(spacingMm, tumourDiameterMm, tumourCentreOffsetMm, newFraction, tumourLobulation);
	}

	public PhantomParameters withTumourLobulation(double newLobulation) {
		return new PhantomParameters(spacingMm, tumourDiameterMm, tumourCentreOffsetMm, necroticCoreFraction,
				newLobulation);
	}

	/** The tumour centre in patient coordinates, mm. */
	public Vec3 tumourCentreMm() {
		return DEFAULT_TUMOUR_CENTRE_MM.plus(tumourCentreOffsetMm);
	}

	private static void requireRange(String field, double value, double min, double max, String unit) {
		if (!(value >= min && value <= max)) {
			String u = unit.isEmpty() ? "" : " " + unit;
			throw new IllegalArgumentException(
					field + " must be between " + min + u + " and " + max + u + ", got " + value + u);
		}
	}
}
