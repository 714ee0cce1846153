package org.latticebench.planning;

/**
 * Which study structures the target construction starts from, and the fall-off rings it adds.
 *
 * @param gtvName      the gross tumour volume (the margin recipes start from it)
 * @param liverName    the liver; normal liver = liver - GTV is made when it exists
 * @param externalName the body outline; rings are clipped to it when it exists
 * @param ringWidthMm  width of each ring around the outermost target, mm (> 0)
 * @param ringCount    number of nested rings (0 for none)
 * @since 0.1
 */
public record TargetSettings(String gtvName, String liverName, String externalName, double ringWidthMm, int ringCount) {

	public TargetSettings {
		if (gtvName == null || gtvName.isBlank()) {
			throw new IllegalArgumentException("the GTV structure name must not be empty");
		}
		if (!(ringWidthMm > 0) || ringCount < 0 || ringCount > 10) {
			throw new IllegalArgumentException("rings need a width > 0 mm and a count in 0..10, got " + ringWidthMm
					+ " mm x " + ringCount);
		}
	}

	/** GTV, Liver, BODY; two 10 mm rings (a common dose fall-off aid, not from the seeds). */
	public static TargetSettings defaults() {
		return new TargetSettings("GTV", "Liver", "BODY", 10.0, 2);
	}
}
