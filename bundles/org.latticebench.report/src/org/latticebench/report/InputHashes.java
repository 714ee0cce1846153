package org.latticebench.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Mask;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;

/**
 * SHA-256 hashes of study inputs for the provenance record: every regular file of a study folder
 * (sorted by relative path, so the list is stable), or the voxel data of a generated study.
 *
 * @since 0.1
 */
public final class InputHashes {

	private InputHashes() {
	}

	/** One hash per regular file under the folder, hidden files included, in path order. */
	public static List<InputHash> ofFolder(Path folder) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		List<InputHash> out = new ArrayList<>();
		for (Path f : files) {
			MessageDigest md = sha256();
			long n = 0;
			try (InputStream in = Files.newInputStream(f)) {
				byte[] buf = new byte[1 << 16];
				int r;
				while ((r = in.read(buf)) > 0) {
					md.update(buf, 0, r);
					n += r;
				}
			}
			out.add(new InputHash(folder.relativize(f).toString().replace('\\', '/'), hex(md.digest()), n));
		}
		return out;
	}

	/**
	 * Hashes of a study that has no files behind it: the CT values and every structure mask as
	 * little-endian float32, each prefixed by its grid's text, under {@code prefix:name}.
	 */
	public static List<InputHash> ofSnapshot(String prefix, StudySnapshot study) {
		List<InputHash> out = new ArrayList<>();
		out.add(ofVolume(prefix + ":ctHu", study.ctHu()));
		for (StructureSnapshot s : study.structures()) {
			s.mask().ifPresent(m -> out.add(ofMask(prefix + ":" + s.name(), m)));
		}
		return out;
	}

	/** SHA-256 of UTF-8 text, lower-case hex. */
	public static String ofText(String text) {
		return hex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static InputHash ofVolume(String name, FloatVolume v) {
		return floats(name, v.grid().toString(), v.values());
	}

	private static InputHash ofMask(String name, Mask m) {
		return floats(name, m.grid().toString(), m.fraction());
	}

	private static InputHash floats(String name, String header, float[] values) {
		MessageDigest md = sha256();
		byte[] h = header.getBytes(StandardCharsets.UTF_8);
		md.update(h);
		ByteBuffer buf = ByteBuffer.allocate(4 * 4096).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < values.length; i++) {
			buf.putFloat(values[i]);
			if (!buf.hasRemaining()) {
				md.update(buf.array(), 0, buf.position());
				buf.clear();
			}
		}
		md.update(buf.array(), 0, buf.position());
		return new InputHash(name, hex(md.digest()), h.length + 4L * values.length);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	private static String hex(byte[] digest) {
		return HexFormat.of().formatHex(digest);
	}
}
