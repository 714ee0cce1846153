package org.latticebench.phantom;

import static org.latticebench.phantom.Tissue.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;

/**
 * The built-in liver phantom: a deterministic synthetic adult abdomen with a bulky liver tumour
 * (solid rim and necrotic core), the organs at risk of liver SBRT and a CT in HU.
 * <p>
 * Every voxel whose centre and eight corners fall in one tissue takes that tissue whole; a voxel
 * that straddles a boundary is sampled at 4 x 4 x 4 points, which gives both the partial-volume
 * fraction of each structure (in steps of 1/64) and the CT number as the mean over the samples.
 * Each voxel is computed on its own, so the result is bit-identical whatever the thread count.
 *
 * @since 0.1
 */
public final class LiverPhantom {

	public static final String PATIENT_NAME = "Lattice Bench Phantom";
	public static final String PATIENT_ID = "LB-PHANTOM";

	/** alpha/beta ratios (Gy) from shared/DOMAIN.md, Radiobiology: tumour 10, liver 2-3, late normal tissue 3. */
	static final double ALPHA_BETA_TUMOUR_GY = 10, ALPHA_BETA_LIVER_GY = 2.5, ALPHA_BETA_NORMAL_GY = 3;

	private static final int SUB = 4;
	private static final int SUB3 = SUB * SUB * SUB;

	/** One output structure: which tissues it is made of. */
	record Definition(String name, StructureRole role, int colorRgb, double alphaBetaGy, EnumSet<Tissue> tissues) {
	}

	static final List<Definition> DEFINITIONS = List.of(
			def("BODY", StructureRole.EXTERNAL, 0x3CB371, ALPHA_BETA_NORMAL_GY, EnumSet.complementOf(EnumSet.of(AIR))),
			def("GTV", StructureRole.TARGET, 0xFF0000, ALPHA_BETA_TUMOUR_GY, EnumSet.of(TUMOUR_SOLID, TUMOUR_NECROTIC)),
			def("GTV_solid", StructureRole.TARGET, 0xFF8C00, ALPHA_BETA_TUMOUR_GY, EnumSet.of(TUMOUR_SOLID)),
			def("GTV_necrotic", StructureRole.TARGET, 0x9400D3, ALPHA_BETA_TUMOUR_GY, EnumSet.of(TUMOUR_NECROTIC)),
			def("Liver", StructureRole.OAR, 0x8B4513, ALPHA_BETA_LIVER_GY,
					EnumSet.of(LIVER, TUMOUR_SOLID, TUMOUR_NECROTIC)),
			def("Stomach", StructureRole.OAR, 0xFFD700, ALPHA_BETA_NORMAL_GY, EnumSet.of(STOMACH, STOMACH_GAS)),
			def("Duodenum", StructureRole.OAR, 0xFF69B4, ALPHA_BETA_NORMAL_GY, EnumSet.of(DUODENUM)),
			def("SmallBowel", StructureRole.OAR, 0xFFA07A, ALPHA_BETA_NORMAL_GY, EnumSet.of(SMALL_BOWEL)),
			def("Colon", StructureRole.OAR, 0x6B8E23, ALPHA_BETA_NORMAL_GY, EnumSet.of(COLON, COLON_GAS)),
			def("Kidney_L", StructureRole.OAR, 0x00CED1, ALPHA_BETA_NORMAL_GY, EnumSet.of(KIDNEY_L)),
			def("Kidney_R", StructureRole.OAR, 0x4169E1, ALPHA_BETA_NORMAL_GY, EnumSet.of(KIDNEY_R)),
			def("SpinalCord", StructureRole.OAR, 0xFFFF00, ALPHA_BETA_NORMAL_GY, EnumSet.of(SPINAL_CORD)),
			def("Vertebra", StructureRole.OTHER, 0xF5F5DC, ALPHA_BETA_NORMAL_GY, EnumSet.of(VERTEBRA)),
			def("Aorta", StructureRole.OAR, 0xDC143C, ALPHA_BETA_NORMAL_GY, EnumSet.of(AORTA)),
			def("IVC", StructureRole.OAR, 0x0000CD, ALPHA_BETA_NORMAL_GY, EnumSet.of(IVC)),
			def("GreatVessels", StructureRole.OAR, 0xB22222, ALPHA_BETA_NORMAL_GY, EnumSet.of(AORTA, IVC)),
			def("Spleen", StructureRole.OAR, 0xC71585, ALPHA_BETA_NORMAL_GY, EnumSet.of(SPLEEN)),
			def("Lung_L", StructureRole.OAR, 0x87CEEB, ALPHA_BETA_NORMAL_GY, EnumSet.of(LUNG_L)),
			def("Lung_R", StructureRole.OAR, 0x98FB98, ALPHA_BETA_NORMAL_GY, EnumSet.of(LUNG_R)));

	/** The structure names, in the order of {@link StudySnapshot#structures()}. */
	public static final List<String> STRUCTURE_NAMES = DEFINITIONS.stream().map(Definition::name).toList();

	private LiverPhantom() {
	}

	private static Definition def(String name, StructureRole role, int rgb, double ab, EnumSet<Tissue> tissues) {
		return new Definition(name, role, rgb, ab, tissues);
	}

	/** The phantom's image grid for the given parameters: axis-aligned, centred on the origin. */
	public static Grid3 grid(PhantomParameters p) {
		Vec3 fov = PhantomParameters.FIELD_OF_VIEW_MM;
		double s = p.spacingMm();
		int nx = (int) Math.round(fov.x() / s), ny = (int) Math.round(fov.y() / s), nz = (int) Math.round(fov.z() / s);
		Vec3 origin = new Vec3(-0.5 * (nx - 1) * s, -0.5 * (ny - 1) * s, -0.5 * (nz - 1) * s);
		return Grid3.axisAligned(origin, new Vec3(s, s, s), nx, ny, nz);
	}

	/**
	 * Builds the phantom. Honours cancellation between slices.
	 *
	 * @throws org.latticebench.core.CancelledException when the monitor asks to stop
	 */
	public static StudySnapshot build(PhantomParameters p, ProgressMonitor monitor) {
		Grid3 grid = grid(p);
		Anatomy anatomy = new Anatomy(p);
		int nx = grid.nx(), ny = grid.ny(), nz = grid.nz();
		monitor.begin("Building the liver phantom", 2L * nz + 1);
		try {
			byte[] corners = cornerLabels(grid, anatomy, monitor);
			int nStructures = DEFINITIONS.size();
			float[][] fractions = new float[nStructures][grid.voxelCount()];
			float[] hu = new float[grid.voxelCount()];
			int[][] structuresOfTissue = structuresOfTissue();
			IntStream.range(0, nz).parallel().forEach(k -> {
				monitor.checkCanceled();
				int[] counts = new int[Tissue.ALL.length];
				for (int j = 0; j < ny; j++) {
					for (int i = 0; i < nx; i++) {
						fillVoxel(grid, anatomy, corners, i, j, k, counts, fractions, hu, structuresOfTissue);
					}
				}
				monitor.worked(1);
			});
			monitor.checkCanceled();
			List<StructureSnapshot> structures = new ArrayList<>(nStructures);
			for (int s = 0; s < nStructures; s++) {
				Definition d = DEFINITIONS.get(s);
				structures.add(StructureSnapshot.ofMask(d.name(), d.role(), d.colorRgb(), d.alphaBetaGy(),
						new Mask(grid, fractions[s])));
			}
			monitor.worked(1);
			return new StudySnapshot(PATIENT_NAME, PATIENT_ID, new FloatVolume(grid, hu), structures);
		} finally {
			monitor.done();
		}
	}

	/** Tissue labels at the voxel corners, (nx+1) x (ny+1) x (nz+1), corner (i,j,k) at voxel centre - s/2. */
	private static byte[] cornerLabels(Grid3 g, Anatomy anatomy, ProgressMonitor monitor) {
		int cx = g.nx() + 1, cy = g.ny() + 1, cz = g.nz() + 1;
		byte[] labels = new byte[cx * cy * cz];
		Vec3 o = g.originMm(), s = g.spacingMm();
		IntStream.range(0, cz).parallel().forEach(k -> {
			monitor.checkCanceled();
			double z = o.z() + (k - 0.5) * s.z();
			for (int j = 0; j < cy; j++) {
				double y = o.y() + (j - 0.5) * s.y();
				for (int i = 0; i < cx; i++) {
					labels[i + cx * (j + cy * k)] = (byte) anatomy.label(o.x() + (i - 0.5) * s.x(), y, z).ordinal();
				}
			}
			if (k < g.nz()) {
				monitor.worked(1);
			}
		});
		return labels;
	}

	private static void fillVoxel(Grid3 g, Anatomy anatomy, byte[] corners, int i, int j, int k, int[] counts,
			float[][] fractions, float[] hu, int[][] structuresOfTissue) {
		Vec3 o = g.originMm(), s = g.spacingMm();
		double x = o.x() + i * s.x(), y = o.y() + j * s.y(), z = o.z() + k * s.z();
		int v = g.index(i, j, k);
		int centre = anatomy.label(x, y, z).ordinal();
		if (uniform(g, corners, i, j, k, centre)) {
			hu[v] = Tissue.ALL[centre].hu;
			for (int st : structuresOfTissue[centre]) {
				fractions[st][v] = 1f;
			}
			return;
		}
		java.util.Arrays.fill(counts, 0);
		for (int c = 0; c < SUB; c++) {
			double zz = z + ((c + 0.5) / SUB - 0.5) * s.z();
			for (int b = 0; b < SUB; b++) {
				double yy = y + ((b + 0.5) / SUB - 0.5) * s.y();
				for (int a = 0; a < SUB; a++) {
					double xx = x + ((a + 0.5) / SUB - 0.5) * s.x();
					counts[anatomy.label(xx, yy, zz).ordinal()]++;
				}
			}
		}
		double huSum = 0;
		for (int t = 0; t < counts.length; t++) {
			int n = counts[t];
			if (n == 0) {
				continue;
			}
			huSum += n * (double) Tissue.ALL[t].hu;
			for (int st : structuresOfTissue[t]) {
				fractions[st][v] += n;
			}
		}
		// counts were accumulated as whole numbers; one division per structure keeps fractions exact in 1/64
		for (float[] f : fractions) {
			if (f[v] != 0) {
				f[v] /= SUB3;
			}
		}
		hu[v] = (float) (huSum / SUB3);
	}

	private static boolean uniform(Grid3 g, byte[] corners, int i, int j, int k, int label) {
		int cx = g.nx() + 1, cy = g.ny() + 1;
		for (int dk = 0; dk <= 1; dk++) {
			for (int dj = 0; dj <= 1; dj++) {
				for (int di = 0; di <= 1; di++) {
					if (corners[(i + di) + cx * ((j + dj) + cy * (k + dk))] != label) {
						return false;
					}
				}
			}
		}
		return true;
	}

	private static int[][] structuresOfTissue() {
		int[][] out = new int[Tissue.ALL.length][];
		for (Tissue t : Tissue.ALL) {
			out[t.ordinal()] = IntStream.range(0, DEFINITIONS.size()).filter(s -> DEFINITIONS.get(s).tissues().contains(t))
					.toArray();
		}
		return out;
	}
}
