import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;
import org.latticebench.render.SlicePlane;
import org.latticebench.render.SliceRenderer;
import org.latticebench.render.SliceScene;
import org.latticebench.render.SliceStyle;
import org.latticebench.render.WindowPreset;

/**
 * Slice-render benchmark (not a test; run with ./run.sh). The built-in liver phantom at its default
 * spacing, what the workbench's slice viewer draws for a lattice plan: every anatomy outline, 20
 * sphere outlines (15 mm, 30 mm apart, in the tumour), a dose on a 5 mm grid (a smooth field with
 * 66.7 Gy peaks at the spheres over a 20 Gy plateau, like the lattice-sfrt plan), the dose wash
 * and 3 isodose lines (10, 20, 66.7 Gy), at the viewer's pixel size (half the CT spacing). Prints
 * the warm median over the axial slice through the tumour centre, and over a coronal one.
 */
public final class RenderBench {

	public static void main(String[] args) {
		StudySnapshot study = LiverPhantom.build(PhantomParameters.defaults(), ProgressMonitor.NULL);
		Grid3 ct = study.ctHu().grid();
		Vec3 centre = PhantomParameters.DEFAULT_TUMOUR_CENTRE_MM;
		List<Vec3> spheres = new ArrayList<>();
		for (int a = -2; a <= 2 && spheres.size() < 20; a++) {
			for (int b = -2; b <= 2 && spheres.size() < 20; b++) {
				for (int c = -1; c <= 0 && spheres.size() < 20; c++) {
					if (a * a + b * b <= 5) {
						spheres.add(new Vec3(centre.x() + 30 * a, centre.y() + 30 * b, centre.z() + 30 * c + 15));
					}
				}
			}
		}
		List<SliceScene.Outline> outlines = new ArrayList<>();
		for (StructureSnapshot s : study.structures()) {
			s.mask().ifPresent(m -> outlines.add(new SliceScene.Outline(s.name(), s.colorRgb(), m, 1)));
		}
		for (int n = 0; n < spheres.size(); n++) {
			outlines.add(new SliceScene.Outline("sphere_" + n, 0xffff00, sphereMask(ct, spheres.get(n), 7.5), 2));
		}
		FloatVolume dose = dose(ct, spheres, centre);
		SliceScene scene = new SliceScene(study.ctHu(), Optional.of(dose), outlines);
		SliceStyle style = SliceStyle.of(WindowPreset.values()[0], ct.spacingMm().x() / 2, 6, dose.max(), 10, 20, 66.7);
		System.out.printf(Locale.ROOT, "CT %d x %d x %d at %.2f mm, dose %d x %d x %d at 5 mm, %d outlines (%d spheres)%n",
				ct.nx(), ct.ny(), ct.nz(), ct.spacingMm().x(), dose.grid().nx(), dose.grid().ny(), dose.grid().nz(),
				outlines.size(), spheres.size());
		for (SlicePlane.Orientation o : List.of(SlicePlane.Orientation.AXIAL, SlicePlane.Orientation.CORONAL)) {
			SlicePlane plane = SlicePlane.through(ct, o, new Vec3(centre.x(), centre.y(), centre.z() + 15));
			int[] size = SliceRenderer.outputSize(ct, plane, style.pixelMm());
			for (int i = 0; i < 30; i++) {
				SliceRenderer.render(scene, plane, style);
			}
			double[] ms = new double[61];
			double[] cpuMs = new double[ms.length];
			java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
			for (int i = 0; i < ms.length; i++) {
				long c0 = threads.getCurrentThreadCpuTime();
				long t0 = System.nanoTime();
				SliceRenderer.render(scene, plane, style);
				ms[i] = (System.nanoTime() - t0) / 1e6;
				cpuMs[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
			}
			java.util.Arrays.sort(ms);
			java.util.Arrays.sort(cpuMs);
			// the machine may be shared: the thread's CPU time shows what the render itself cost
			System.out.printf(Locale.ROOT,
					"%s slice %d (%d x %d px), dose wash + 3 isodoses + %d outlines: warm median %.2f ms wall (min %.2f, max %.2f),"
							+ " %.2f ms CPU%n",
					o, plane.index(), size[0], size[1], outlines.size(), ms[ms.length / 2], ms[0], ms[ms.length - 1],
					cpuMs[cpuMs.length / 2]);
		}
	}

	private static Mask sphereMask(Grid3 g, Vec3 c, double radiusMm) {
		float[] f = new float[g.voxelCount()];
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					if (g.toPatientMm(i, j, k).minus(c).norm() <= radiusMm) {
						f[g.index(i, j, k)] = 1;
					}
				}
			}
		}
		return new Mask(g, f);
	}

	private static FloatVolume dose(Grid3 ct, List<Vec3> spheres, Vec3 centre) {
		Vec3 lo = ct.toPatientMm(0, 0, 0);
		Grid3 g = Grid3.axisAligned(lo, new Vec3(5, 5, 5), (int) (ct.nx() * ct.spacingMm().x() / 5),
				(int) (ct.ny() * ct.spacingMm().y() / 5), (int) (ct.nz() * ct.spacingMm().z() / 5));
		float[] v = new float[g.voxelCount()];
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					Vec3 p = g.toPatientMm(i, j, k);
					double d = 20 * Math.exp(-Math.pow(p.minus(centre).norm() / 70, 4));
					for (Vec3 s : spheres) {
						double r = p.minus(s).norm();
						d += 46.7 * Math.exp(-r * r / (2 * 6 * 6));
					}
					v[g.index(i, j, k)] = (float) d;
				}
			}
		}
		return new FloatVolume(g, v);
	}
}
