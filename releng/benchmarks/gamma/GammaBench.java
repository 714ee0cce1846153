import java.io.DataOutputStream;
import java.lang.management.ManagementFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;
import org.latticebench.evaluation.gamma.GammaCriterion;
import org.latticebench.evaluation.gamma.GammaIndex;
import org.latticebench.evaluation.gamma.GammaInterpolation;
import org.latticebench.evaluation.gamma.GammaResult;
import org.latticebench.evaluation.gamma.GammaSettings;

/**
 * Gamma benchmark (issue 15: "two 195 x 130 x 98 dose grids at 2%/2mm under 5 s on 2 cores"). Not a
 * test: it prints figures and asserts nothing.
 * <p>
 * The pair: a plan-like dose on the grid of the shared breast RTDOSE (195 x 130 x 98 at 2.5 x 2.5 x
 * 3 mm): a 4-field box around a 60 mm target with erf penumbrae, exit fall-off, and five 15 mm
 * lattice-like peaks; the evaluated dose is the same function shifted by (1.0, -0.7, 0.5) mm and
 * scaled by 1.01. 7 % of the grid (181,792 voxels) lies above the 10 % threshold, unlike the
 * breast Gaussian, whose 10 % region is a few hundred voxels. Lattice Bench runs with both
 * interpolations of the evaluated dose (cubic, the default, and linear). Both doses are written as
 * MetaImage files and {@code plastimatch gamma} runs on them in the same process run (default
 * search, and with {@code --interp-search}).
 */
public final class GammaBench {

	private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();

	static final Grid3 GRID = Grid3.axisAligned(new Vec3(-243.75, -162.5, -145.5), new Vec3(2.5, 2.5, 3), 195, 130, 98);

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		FloatVolume ref = sample(GRID, 0, 0, 0, 1.0);
		FloatVolume eval = sample(GRID, 1.0, -0.7, 0.5, 1.01);
		long above = 0;
		double thresholdGy = 0.1 * ref.max();
		for (float v : ref.values()) {
			above += v >= thresholdGy ? 1 : 0;
		}
		System.out.printf(Locale.ROOT, "grid %s; reference max %.2f Gy; %d of %d voxels >= 10 %% (%.0f %%); cores %d%n", GRID,
				ref.max(), above, GRID.voxelCount(), 100.0 * above / GRID.voxelCount(),
				Runtime.getRuntime().availableProcessors());
		List<GammaCriterion> criteria = List.of(new GammaCriterion(3, 3), new GammaCriterion(2, 2));
		for (GammaCriterion c : criteria) {
			for (GammaInterpolation interpolation : GammaInterpolation.values()) {
				for (int threads : new int[] { 1, 2 }) {
					GammaSettings st = GammaSettings.global(c).withThreads(threads).withInterpolation(interpolation);
					GammaIndex.compute(ref, eval, st, ProgressMonitor.NULL); // warm-up (JIT)
					double[] s = new double[repeats], cpu = new double[repeats];
					GammaResult r = null;
					for (int n = 0; n < repeats; n++) {
						long t0 = System.nanoTime(), c0 = OS.getProcessCpuTime();
						r = GammaIndex.compute(ref, eval, st, ProgressMonitor.NULL).get(0);
						s[n] = (System.nanoTime() - t0) / 1e9;
						cpu[n] = (OS.getProcessCpuTime() - c0) / 1e9;
					}
					System.out.printf(Locale.ROOT,
							"lattice-bench %s %s, %d thread(s): median %.2f s wall (%.2f s CPU) of %d runs %s; load %.1f; %s%n", c,
							interpolation.label(), threads, median(s), median(cpu), repeats, Arrays.toString(round(s)), OS.getSystemLoadAverage(),
							r.summaryLine());
				}
			}
		}
		Path refMha = dir.resolve("ref.mha"), evalMha = dir.resolve("eval.mha");
		writeMha(ref, refMha);
		writeMha(eval, evalMha);
		for (GammaCriterion c : criteria) {
			for (boolean interp : new boolean[] { false, true }) {
				// under /usr/bin/time for its CPU time: the machine may be shared, so wall time alone misleads
				List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "cpu_s %U %S", "plastimatch", "gamma", "--dose-tolerance",
						String.valueOf(c.dosePct() / 100), "--dta-tolerance", String.valueOf(c.dtaMm()), "--gamma-max", "2",
						"--analysis-threshold", "0.1", "--ref-only-threshold", "--output-text",
						dir.resolve("pm.txt").toString()));
				if (interp) {
					cmd.add("--interp-search");
				}
				cmd.add(refMha.toString());
				cmd.add(evalMha.toString());
				long t0 = System.nanoTime();
				Process p;
				try {
					p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("pm.log").toFile()).start();
				} catch (IOException e) {
					System.out.println("plastimatch or /usr/bin/time not found (apt-get install plastimatch time): "
							+ e.getMessage());
					return;
				}
				int code = p.waitFor();
				double s = (System.nanoTime() - t0) / 1e9;
				String text = Files.exists(dir.resolve("pm.txt")) ? Files.readString(dir.resolve("pm.txt")) : "";
				String cpu = Files.readAllLines(dir.resolve("pm.log")).stream().filter(l -> l.startsWith("cpu_s ")).findFirst()
						.map(l -> l.substring(6).trim().split(" ")).map(u -> String.format(Locale.ROOT, "%.2f s CPU",
								Double.parseDouble(u[0]) + Double.parseDouble(u[1])))
						.orElse("CPU time unknown");
				System.out.printf(Locale.ROOT, "plastimatch gamma %s%s: %.2f s wall (%s, exit %d); load %.1f; %s%n", c,
						interp ? " --interp-search" : "", s, cpu, code, OS.getSystemLoadAverage(), passLine(text));
			}
		}
	}

	private static String passLine(String text) {
		return text.lines().filter(l -> l.toLowerCase(Locale.ROOT).contains("pass")).reduce((a, b) -> a + "; " + b)
				.orElse(text.strip().replace('\n', ' '));
	}

	/** The plan-like dose, shifted by (dx, dy, dz) mm and scaled: D(x - shift) * scale. */
	static FloatVolume sample(Grid3 g, double dx, double dy, double dz, double scale) {
		float[] v = new float[g.voxelCount()];
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					Vec3 p = g.toPatientMm(i, j, k);
					v[g.index(i, j, k)] = (float) (scale * dose(p.x() - dx, p.y() - dy, p.z() - dz));
				}
			}
		}
		return new FloatVolume(g, v);
	}

	/** Four fields (AP, PA, lateral pair) 70 mm wide on a 60 mm target, plus five 15 mm peaks. */
	static double dose(double x, double y, double z) {
		double body = ellipse(x, y, 200, 140);
		if (body <= 0) {
			return 0;
		}
		double w = 35, pen = 3.5;
		double across = band(z, w, pen);
		double ap = band(x, w, pen) * across * Math.exp(-0.005 * (y + 140));
		double pa = band(x, w, pen) * across * Math.exp(-0.005 * (140 - y));
		double rl = band(y, w, pen) * across * Math.exp(-0.005 * (x + 200));
		double lr = band(y, w, pen) * across * Math.exp(-0.005 * (200 - x));
		double d = 5.0 * (ap + pa + rl + lr);
		double[][] peaks = { { 0, 0, 0 }, { 22, 0, 0 }, { -22, 0, 0 }, { 0, 22, 0 }, { 0, 0, 22 } };
		for (double[] c : peaks) {
			double r2 = (x - c[0]) * (x - c[0]) + (y - c[1]) * (y - c[1]) + (z - c[2]) * (z - c[2]);
			d += 15 * Math.exp(-r2 / (2 * 5.0 * 5.0));
		}
		// low-dose bath over the body (scatter and leakage), so the 10 % region is realistic in size
		d += 3.0 * Math.exp(-(x * x + y * y) / (2 * 90.0 * 90.0)) * Math.exp(-z * z / (2 * 80.0 * 80.0));
		return d * body;
	}

	private static double band(double t, double halfWidth, double sigma) {
		return 0.5 * (erf((t + halfWidth) / (sigma * Math.sqrt(2))) - erf((t - halfWidth) / (sigma * Math.sqrt(2))));
	}

	/** 1 inside the ellipse, 0 outside, with a 2 mm smooth edge. */
	private static double ellipse(double x, double y, double a, double b) {
		double r = Math.sqrt(x * x / (a * a) + y * y / (b * b));
		return Math.max(0, Math.min(1, (1 - r) * Math.min(a, b) / 2 + 0.5));
	}

	/** Abramowitz and Stegun 7.1.26 (|error| &lt; 1.5e-7), enough for a benchmark dose. */
	static double erf(double x) {
		double t = 1 / (1 + 0.3275911 * Math.abs(x));
		double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
				* Math.exp(-x * x);
		return x >= 0 ? y : -y;
	}

	private static void writeMha(FloatVolume v, Path file) throws IOException {
		Grid3 g = v.grid();
		String header = String.format(Locale.ROOT,
				"ObjectType = Image%nNDims = 3%nBinaryData = True%nBinaryDataByteOrderMSB = False%n"
						+ "TransformMatrix = 1 0 0 0 1 0 0 0 1%nOffset = %s %s %s%nElementSpacing = %s %s %s%n"
						+ "DimSize = %d %d %d%nElementType = MET_FLOAT%nElementDataFile = LOCAL%n",
				g.originMm().x(), g.originMm().y(), g.originMm().z(), g.spacingMm().x(), g.spacingMm().y(), g.spacingMm().z(),
				g.nx(), g.ny(), g.nz());
		ByteBuffer b = ByteBuffer.allocate(4 * v.values().length).order(ByteOrder.LITTLE_ENDIAN);
		for (float f : v.values()) {
			b.putFloat(f);
		}
		try (OutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
			out.write(header.getBytes(StandardCharsets.US_ASCII));
			out.write(b.array());
		}
	}

	private static double median(double[] s) {
		double[] c = s.clone();
		Arrays.sort(c);
		return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
	}

	private static double[] round(double[] s) {
		return Arrays.stream(s).map(x -> Math.round(x * 100) / 100.0).toArray();
	}
}
