package org.latticebench.phantom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.geometry.DistanceMaps;

/**
 * A summary of a study's structures for {@code phantom --describe}: volume, centroid and how
 * close each structure comes to the GTV (which is what the lattice rule "no sphere within 15 mm of
 * an organ at risk" reacts to).
 *
 * @param grid the image grid
 * @param rows one row per structure, in study order
 * @since 0.1
 */
public record PhantomDescription(Grid3 grid, List<Row> rows) {

	/** Voxels count as inside a structure for distances when at least half inside. */
	static final float INSIDE_FRACTION = 0.5f;

	/**
	 * @param volumeCc      partial-volume volume, cc
	 * @param centroidMm    volume-weighted centroid, LPS mm; empty for an empty structure
	 * @param gtvDistanceMm smallest distance between the centres of a voxel at least half inside the
	 *                      GTV and one at least half inside this structure, mm (0 when they share a
	 *                      voxel); empty for target structures, or when there is no GTV or the
	 *                      structure is empty
	 */
	public record Row(String name, StructureRole role, double volumeCc, Optional<Vec3> centroidMm,
			OptionalDouble gtvDistanceMm) {
	}

	public PhantomDescription {
		rows = List.copyOf(rows);
	}

	/** Describes every structure of a study that has a mask. */
	public static PhantomDescription of(StudySnapshot study) {
		Grid3 grid = study.ctHu().grid();
		Optional<double[]> gtvDistance = study.structure("GTV").flatMap(StructureSnapshot::mask)
				.filter(m -> m.grid().sameGeometry(grid)).map(PhantomDescription::distanceMapMm);
		List<Row> rows = new ArrayList<>();
		for (StructureSnapshot s : study.structures()) {
			if (s.mask().isEmpty()) {
				continue;
			}
			Mask m = s.mask().get();
			OptionalDouble distance = OptionalDouble.empty();
			if (s.role() != StructureRole.TARGET && gtvDistance.isPresent() && m.grid().sameGeometry(grid)) {
				distance = minOver(m, gtvDistance.get());
			}
			rows.add(new Row(s.name(), s.role(), m.volumeCc(), centroid(m), distance));
		}
		return new PhantomDescription(grid, rows);
	}

	public Optional<Row> row(String name) {
		return rows.stream().filter(r -> r.name().equals(name)).findFirst();
	}

	/** A fixed-width table for the terminal. */
	public String toTable() {
		StringBuilder sb = new StringBuilder();
		sb.append(String.format(Locale.ROOT, "%-14s %-8s %10s %26s %16s%n", "structure", "role", "volume_cc",
				"centroid_mm (x, y, z)", "gtv_distance_mm"));
		for (Row r : rows) {
			String c = r.centroidMm().map(v -> String.format(Locale.ROOT, "(%6.1f, %6.1f, %6.1f)", v.x(), v.y(), v.z()))
					.orElse("-");
			String d = r.gtvDistanceMm().isPresent() ? String.format(Locale.ROOT, "%.1f", r.gtvDistanceMm().getAsDouble())
					: "-";
			sb.append(String.format(Locale.ROOT, "%-14s %-8s %10.1f %26s %16s%n", r.name(), r.role(), r.volumeCc(), c, d));
		}
		Vec3 s = grid.spacingMm();
		sb.append(String.format(Locale.ROOT, "grid: %d x %d x %d voxels at %.2f x %.2f x %.2f mm, origin (%.2f, %.2f, %.2f) mm%n",
				grid.nx(), grid.ny(), grid.nz(), s.x(), s.y(), s.z(), grid.originMm().x(), grid.originMm().y(),
				grid.originMm().z()));
		return sb.toString();
	}

	/** The same rows as CSV with a header line; empty values for absent centroids and distances. */
	public String toCsv() {
		StringBuilder sb = new StringBuilder("structure,role,volume_cc,centroid_x_mm,centroid_y_mm,centroid_z_mm,gtv_distance_mm\n");
		for (Row r : rows) {
			sb.append(r.name()).append(',').append(r.role()).append(',').append(num(r.volumeCc()));
			for (int a = 0; a < 3; a++) {
				int axis = a;
				sb.append(',').append(r.centroidMm().map(v -> num(v.get(axis))).orElse(""));
			}
			sb.append(',').append(r.gtvDistanceMm().isPresent() ? num(r.gtvDistanceMm().getAsDouble()) : "").append('\n');
		}
		return sb.toString();
	}

	private static String num(double v) {
		return String.format(Locale.ROOT, "%.3f", v);
	}

	static Optional<Vec3> centroid(Mask m) {
		Grid3 g = m.grid();
		double sw = 0, si = 0, sj = 0, sk = 0;
		float[] f = m.fraction();
		for (int k = 0, v = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++, v++) {
					if (f[v] > 0) {
						sw += f[v];
						si += f[v] * i;
						sj += f[v] * j;
						sk += f[v] * k;
					}
				}
			}
		}
		return sw > 0 ? Optional.of(g.toPatientMm(si / sw, sj / sw, sk / sw)) : Optional.empty();
	}

	private static OptionalDouble minOver(Mask m, double[] distanceMm) {
		double min = Double.POSITIVE_INFINITY;
		float[] f = m.fraction();
		for (int v = 0; v < f.length; v++) {
			if (f[v] >= INSIDE_FRACTION) {
				min = Math.min(min, distanceMm[v]);
			}
		}
		return Double.isFinite(min) ? OptionalDouble.of(min) : OptionalDouble.empty();
	}

	/**
	 * Euclidean distance (mm) from every voxel centre to the nearest centre of a voxel at least half
	 * inside {@code m}, from the geometry bundle's exact distance transform.
	 */
	static double[] distanceMapMm(Mask m) {
		float[] d = DistanceMaps.distanceToMm(m).values();
		double[] out = new double[d.length];
		for (int v = 0; v < d.length; v++) {
			out[v] = d[v];
		}
		return out;
	}
}
