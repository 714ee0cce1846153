package org.latticebench.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

import org.latticebench.core.InvalidInputException;
import org.latticebench.model.data.BulkArray;

/**
 * The binary file of one bulk array, all little-endian:
 *
 * <pre>
 * offset size
 *  0     4    magic "LBAR"
 *  4     2    format version (1)
 *  6     2    element type (1 = float32)
 *  8     8    element count
 * 16     4    CRC-32C of the payload
 * 20     4    reserved, 0
 * 24     4*n  the samples
 * </pre>
 */
final class ArrayFile {

	static final int HEADER_BYTES = 24;
	static final int VERSION = 1;
	static final int FLOAT32 = 1;
	private static final byte[] MAGIC = { 'L', 'B', 'A', 'R' };
	private static final int CHUNK_FLOATS = 1 << 20;

	private ArrayFile() {
	}

	/** Writes the array to a new file and forces it to disk. */
	static void write(Path file, BulkArray array) throws IOException {
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			FloatBuffer values = array.asReadOnlyBuffer();
			ByteBuffer chunk = ByteBuffer.allocateDirect(Math.min(values.remaining(), CHUNK_FLOATS) * 4 + 4)
					.order(ByteOrder.LITTLE_ENDIAN);
			CRC32C crc = new CRC32C();
			ch.position(HEADER_BYTES);
			while (values.hasRemaining()) {
				chunk.clear();
				int n = Math.min(values.remaining(), CHUNK_FLOATS);
				FloatBuffer view = chunk.asFloatBuffer();
				view.put(values.slice(values.position(), n));
				values.position(values.position() + n);
				chunk.limit(n * 4);
				crc.update(chunk);
				chunk.flip();
				while (chunk.hasRemaining()) {
					ch.write(chunk);
				}
			}
			ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
			header.put(MAGIC).putShort((short) VERSION).putShort((short) FLOAT32).putLong(array.length())
					.putInt((int) crc.getValue()).putInt(0).flip();
			while (header.hasRemaining()) {
				ch.write(header, header.position()); // the header's buffer offset is its file offset
			}
			ch.force(true);
		}
	}

	/**
	 * Reads and checks an array file.
	 *
	 * @param expectedLength the element count that study.xmi records for this array
	 * @throws InvalidInputException naming the file when it is short, corrupt or not an array file
	 */
	static BulkArray read(Path file, String id, int expectedLength) throws IOException {
		String source = file.toString();
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = ch.size();
			if (size < HEADER_BYTES) {
				throw new InvalidInputException(source, "header",
						"the file has " + size + " bytes, fewer than the " + HEADER_BYTES + "-byte header (truncated)");
			}
			ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
			readFully(ch, header, 0);
			header.flip();
			byte[] magic = new byte[4];
			header.get(magic);
			if (magic[0] != MAGIC[0] || magic[1] != MAGIC[1] || magic[2] != MAGIC[2] || magic[3] != MAGIC[3]) {
				throw new InvalidInputException(source, "magic", "not a Lattice Bench array file");
			}
			int version = Short.toUnsignedInt(header.getShort());
			if (version > VERSION) {
				throw new InvalidInputException(source, "version", "array format " + version
						+ " was written by a newer Lattice Bench; this version reads format " + VERSION);
			}
			int type = Short.toUnsignedInt(header.getShort());
			if (type != FLOAT32) {
				throw new InvalidInputException(source, "element type", "element type " + type + " is not float32 (" + FLOAT32 + ")");
			}
			long length = header.getLong();
			int storedCrc = header.getInt();
			if (length != expectedLength) {
				throw new InvalidInputException(source, "length",
						"the header announces " + length + " floats but study.xmi expects " + expectedLength);
			}
			long payloadBytes = size - HEADER_BYTES;
			if (payloadBytes != length * 4) {
				throw new InvalidInputException(source, "length", "the header announces " + length + " floats (" + length * 4
						+ " bytes) but the file holds " + payloadBytes + " bytes of data (truncated or corrupt)");
			}
			float[] values = new float[expectedLength];
			ByteBuffer chunk = ByteBuffer.allocateDirect(Math.min(expectedLength, CHUNK_FLOATS) * 4 + 4)
					.order(ByteOrder.LITTLE_ENDIAN);
			CRC32C crc = new CRC32C();
			long position = HEADER_BYTES;
			int done = 0;
			while (done < expectedLength) {
				int n = Math.min(expectedLength - done, CHUNK_FLOATS);
				chunk.clear().limit(n * 4);
				readFully(ch, chunk, position);
				position += n * 4L;
				chunk.flip();
				crc.update(chunk);
				chunk.flip();
				chunk.asFloatBuffer().get(values, done, n);
				done += n;
			}
			if ((int) crc.getValue() != storedCrc) {
				throw new InvalidInputException(source, "checksum", "the data does not match its CRC-32C checksum (corrupt)");
			}
			return BulkArray.withId(id, values);
		}
	}

	private static void readFully(FileChannel ch, ByteBuffer buffer, long position) throws IOException {
		long p = position;
		while (buffer.hasRemaining()) {
			int r = ch.read(buffer, p);
			if (r < 0) {
				throw new IOException("unexpected end of file at byte " + p);
			}
			p += r;
		}
	}
}
