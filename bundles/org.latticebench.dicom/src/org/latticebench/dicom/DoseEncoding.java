package org.latticebench.dicom;

/**
 * How RTDOSE samples are stored: unsigned integers times (3004,000E) DoseGridScaling, chosen per
 * dose from its maximum so that the maximum uses the full range. The quantisation error of a
 * voxel is at most DoseGridScaling / 2.
 *
 * @since 0.1
 */
public enum DoseEncoding {
	/** 16 bits: the widely accepted form; step = max / 65535 (0.001 Gy for a 66 Gy maximum). */
	UINT16(16, 65535.0),
	/** 32 bits: below float precision (step = max / 4294967295); some validators reject it. */
	UINT32(32, 4294967295.0);

	private final int bits;
	private final double maxStored;

	DoseEncoding(int bits, double maxStored) {
		this.bits = bits;
		this.maxStored = maxStored;
	}

	public int bits() {
		return bits;
	}

	/** The largest stored integer. */
	public double maxStored() {
		return maxStored;
	}

	/** File name suffix, e.g. {@code 16bit}. */
	public String fileTag() {
		return bits + "bit";
	}
}
