package org.latticebench.render;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a {@link Raster} as an 8-bit RGB PNG (ISO/IEC 15948), with no AWT, so headless reports
 * need no display and no desktop module.
 *
 * @since 0.1
 */
public final class PngWriter {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private PngWriter() {
	}

	public static byte[] encode(Raster r) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			write(r, bytes);
		} catch (IOException e) {
			throw new IllegalStateException("in-memory PNG encoding failed", e);
		}
		return bytes.toByteArray();
	}

	public static void write(Raster r, OutputStream out) throws IOException {
		DataOutputStream data = new DataOutputStream(out);
		data.write(SIGNATURE);
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		DataOutputStream h = new DataOutputStream(header);
		h.writeInt(r.width());
		h.writeInt(r.height());
		h.writeByte(8); // bit depth
		h.writeByte(2); // colour type RGB
		h.writeByte(0);
		h.writeByte(0);
		h.writeByte(0);
		chunk(data, "IHDR", header.toByteArray());
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, new Deflater(6))) {
			byte[] row = new byte[1 + 3 * r.width()];
			for (int y = 0; y < r.height(); y++) {
				row[0] = 0; // filter: none
				for (int x = 0; x < r.width(); x++) {
					int p = r.get(x, y);
					row[1 + 3 * x] = (byte) (p >> 16);
					row[2 + 3 * x] = (byte) (p >> 8);
					row[3 + 3 * x] = (byte) p;
				}
				z.write(row);
			}
		}
		chunk(data, "IDAT", compressed.toByteArray());
		chunk(data, "IEND", new byte[0]);
		data.flush();
	}

	private static void chunk(DataOutputStream out, String type, byte[] payload) throws IOException {
		byte[] t = type.getBytes(StandardCharsets.US_ASCII);
		out.writeInt(payload.length);
		out.write(t);
		out.write(payload);
		CRC32 crc = new CRC32();
		crc.update(t);
		crc.update(payload);
		out.writeInt((int) crc.getValue());
	}
}
