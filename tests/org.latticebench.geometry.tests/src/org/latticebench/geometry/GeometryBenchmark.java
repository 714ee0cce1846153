package org.latticebench.geometry;

import java.util.List;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.Vec3;

/**
 * Prints timings of the heavy geometry loops on a liver-sized target; not a test (nothing asserts
 * on wall-clock time). Run with the geometry and core classes on the class path:
 * after {@code ./build.sh}: {@code java -cp bundles/org.latticebench.core/target/classes:bundles/org.latticebench.geometry/target/classes:tests/org.latticebench.geometry.tests/target/classes org.latticebench.geometry.GeometryBenchmark}.
 */
public final class GeometryBenchmark {

	private GeometryBenchmark() {
	}

	public static void main(String[] args) {
		Grid3 g = Grid3.axisAligned(new Vec3(-139, -99, -99), new Vec3(2, 2, 2), 140, 100, 100);
		// 4/3 pi 90 * 65 * 65 mm^3 = 1.59 L, about the PTV of the seed case (1.64 L)
		Mask target = Shapes.ellipsoid(g, Vec3.ZERO, new Vec3(90, 65, 65), 8);
		System.out.printf("grid %s, %d threads, target %.1f cc%n", g, Runtime.getRuntime().availableProcessors(),
				target.volumeCc());
		for (int round = 1; round <= 5; round++) {
			long t0 = System.nanoTime();
			Mask grown = Margins.expand(target, Margin.of(5, 5, 10));
			long t1 = System.nanoTime();
			FloatVolume distance = DistanceMaps.distanceToMm(target);
			long t2 = System.nanoTime();
			List<PlanarContour> contours = MaskContours.toContours(target, 0.5);
			long t3 = System.nanoTime();
			Mask back = ContourRasterizer.toMask(contours, g);
			long t4 = System.nanoTime();
			System.out.printf(
					"round %d: expand (5, 5, 10) mm %.0f ms -> %.1f cc | distance map %.0f ms (max %.0f mm) | to contours %.0f ms (%d) | rasterise %.0f ms -> %.1f cc%n",
					round, (t1 - t0) / 1e6, grown.volumeCc(), (t2 - t1) / 1e6, distance.max(), (t3 - t2) / 1e6, contours.size(),
					(t4 - t3) / 1e6, back.volumeCc());
		}
	}
}
