package org.latticebench.planning;

/**
 * One step of a regimen's margin recipe: {@code target = from + margin}. Margins are symmetric
 * per axis pair of the patient (LPS): lateral (right/left, x), antero-posterior (y) and
 * cranio-caudal (z), as the seeds state them ([003]: "5 mm AP/LR and 10 mm CC").
 *
 * @param targetName the structure made, e.g. {@code PTV}
 * @param fromName   the structure expanded, e.g. {@code GTV} or an earlier step's target
 * @param lateralMm  expansion to the right and left, mm (>= 0)
 * @param apMm       expansion anterior and posterior, mm (>= 0)
 * @param ccMm       expansion inferior and superior, mm (>= 0)
 * @since 0.1
 */
public record MarginStep(String targetName, String fromName, double lateralMm, double apMm, double ccMm) {

	public MarginStep {
		if (targetName == null || targetName.isBlank() || fromName == null || fromName.isBlank()) {
			throw new IllegalArgumentException("a margin step needs a target and a source structure name");
		}
		if (!(lateralMm >= 0 && apMm >= 0 && ccMm >= 0) || !Double.isFinite(lateralMm + apMm + ccMm)) {
			throw new IllegalArgumentException("margin step " + targetName + " = " + fromName
					+ " + margin needs finite margins >= 0 mm, got " + lateralMm + "/" + apMm + "/" + ccMm);
		}
	}

	/** {@code target = from + marginMm} in every direction. */
	public static MarginStep isotropic(String targetName, String fromName, double marginMm) {
		return new MarginStep(targetName, fromName, marginMm, marginMm, marginMm);
	}

	public boolean isIsotropic() {
		return lateralMm == apMm && apMm == ccMm;
	}

	/** E.g. {@code PTV = CTV + 5 mm LR/AP, 10 mm CC}. */
	public String describe() {
		String margin = isIsotropic() ? fmt(lateralMm) + " mm"
				: fmt(lateralMm) + " mm LR, " + fmt(apMm) + " mm AP, " + fmt(ccMm) + " mm CC";
		return targetName + " = " + fromName + " + " + margin;
	}

	private static String fmt(double mm) {
		return mm == Math.rint(mm) ? Long.toString((long) mm) : Double.toString(mm);
	}
}
