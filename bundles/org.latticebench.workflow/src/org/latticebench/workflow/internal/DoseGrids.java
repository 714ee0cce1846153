package org.latticebench.workflow.internal;

import java.util.Arrays;
import java.util.Optional;

import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.geometry.MaskResampler;
import org.latticebench.geometry.MaskStats;

/** The dose grid of a plan: isotropic, axis-aligned, over the body's bounding box. */
public final class DoseGrids {

	private DoseGrids() {
	}

	/** The body: the first EXTERNAL structure with a mask, else {@code BODY}; empty when the study has none. */
	public static Optional<StructureSnapshot> body(StudySnapshot study) {
		return study.structures().stream().filter(s -> s.role() == StructureRole.EXTERNAL && s.mask().isPresent())
				.findFirst().or(() -> study.structure("BODY").filter(s -> s.mask().isPresent()));
	}

	/**
	 * A grid of {@code spacingMm} voxels whose centres cover the body's voxel centres with one voxel
	 * to spare on every side (so every body voxel of the CT lies inside the dose grid); the whole CT
	 * when there is no body.
	 */
	public static Grid3 overBody(StudySnapshot study, double spacingMm) {
		Vec3[] box = body(study).map(b -> b.mask().orElseThrow()).filter(m -> !m.isEmpty()).map(MaskStats::boundingBoxMm)
				.orElseGet(() -> study.ctHu().grid().boundsMm());
		Vec3 origin = new Vec3(box[0].x() - spacingMm, box[0].y() - spacingMm, box[0].z() - spacingMm);
		int nx = count(box[1].x() - box[0].x(), spacingMm);
		int ny = count(box[1].y() - box[0].y(), spacingMm);
		int nz = count(box[1].z() - box[0].z(), spacingMm);
		return Grid3.axisAligned(origin, new Vec3(spacingMm, spacingMm, spacingMm), nx, ny, nz);
	}

	private static int count(double extentMm, double spacingMm) {
		return (int) Math.ceil(extentMm / spacingMm - 1e-9) + 3;
	}

	/** The mask on the dose grid (partial volumes integrated by the resampler). */
	public static Mask onGrid(Mask mask, Grid3 grid) {
		return mask.grid().sameGeometry(grid) ? mask : MaskResampler.resample(mask, grid);
	}

	/** The body on the dose grid, or every voxel when the study has no body. */
	public static Mask bodyOnGrid(StudySnapshot study, Grid3 grid) {
		Optional<StructureSnapshot> body = body(study);
		if (body.isPresent()) {
			return onGrid(body.get().mask().orElseThrow(), grid);
		}
		float[] all = new float[grid.voxelCount()];
		Arrays.fill(all, 1f);
		return new Mask(grid, all);
	}

	/** Voxelwise maximum of the fractions: the union of targets on one grid. */
	public static Mask union(Iterable<Mask> masks, Grid3 grid) {
		float[] u = new float[grid.voxelCount()];
		for (Mask m : masks) {
			float[] f = onGrid(m, grid).fraction();
			for (int i = 0; i < u.length; i++) {
				u[i] = Math.max(u[i], f[i]);
			}
		}
		return new Mask(grid, u);
	}
}
