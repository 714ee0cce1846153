package org.latticebench.render;

/**
 * CT window/level presets. Centre and width in HU; common radiology defaults.
 *
 * @since 0.1
 */
public enum WindowPreset {
	ABDOMEN("Abdomen", 40, 400), LIVER("Liver", 60, 160), LUNG("Lung", -600, 1500), BONE("Bone", 400, 1800);

	private final String label;
	private final double centreHu;
	private final double widthHu;

	WindowPreset(String label, double centreHu, double widthHu) {
		this.label = label;
		this.centreHu = centreHu;
		this.widthHu = widthHu;
	}

	public String label() {
		return label;
	}

	public double centreHu() {
		return centreHu;
	}

	public double widthHu() {
		return widthHu;
	}
}
