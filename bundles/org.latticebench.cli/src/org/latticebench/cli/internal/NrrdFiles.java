package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Vec3;

/**
 * Writes a volume as one NRRD file, header attached (NRRD0004, raw little-endian float), in DICOM
 * patient space: {@code space: left-posterior-superior}, with the voxel centre of (0, 0, 0) as
 * {@code space origin} and the grid's direction cosines times its spacing as {@code space
 * directions}, so that 3D Slicer, ITK and plastimatch place it where the RTDOSE it came from lies.
 * Written atomically.
 */
final class NrrdFiles {

	private NrrdFiles() {
	}

	/**
	 * @param content one line for the {@code content} field (what the values are)
	 * @param comments extra header comment lines (without the leading {@code #})
	 */
	static void writeFloat(FloatVolume volume, Path target, String content, String... comments) throws IOException {
		Grid3 g = volume.grid();
		StringBuilder h = new StringBuilder("NRRD0004\n");
		for (String c : comments) {
			h.append("# ").append(c.replace('\n', ' ')).append('\n');
		}
		h.append("content: ").append(content.replace('\n', ' ')).append('\n');
		h.append("type: float\n");
		h.append("dimension: 3\n");
		h.append("space: left-posterior-superior\n");
		h.append(String.format(Locale.ROOT, "sizes: %d %d %d%n", g.nx(), g.ny(), g.nz()));
		h.append("space directions: ").append(vector(g.rowDir().times(g.spacingMm().x()))).append(' ')
				.append(vector(g.columnDir().times(g.spacingMm().y()))).append(' ')
				.append(vector(g.sliceDir().times(g.spacingMm().z()))).append('\n');
		h.append("kinds: domain domain domain\n");
		h.append("endian: little\n");
		h.append("encoding: raw\n");
		h.append("space origin: ").append(vector(g.originMm())).append('\n');
		h.append("space units: \"mm\" \"mm\" \"mm\"\n");
		h.append('\n');
		byte[] header = h.toString().getBytes(StandardCharsets.US_ASCII);
		float[] v = volume.values();
		ByteBuffer b = ByteBuffer.allocate(header.length + 4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
		b.put(header);
		for (float f : v) {
			b.putFloat(f);
		}
		AtomicFiles.writeBytes(target, b.array());
	}

	private static String vector(Vec3 v) {
		return "(" + num(v.x()) + "," + num(v.y()) + "," + num(v.z()) + ")";
	}

	/** Shortest text that reads back to the same double. */
	private static String num(double d) {
		return d == 0 ? "0" : Double.toString(d);
	}
}
