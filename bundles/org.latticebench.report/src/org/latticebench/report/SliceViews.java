package org.latticebench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.render.PngWriter;
import org.latticebench.render.Raster;
import org.latticebench.render.SlicePlane;
import org.latticebench.render.SliceRenderer;
import org.latticebench.render.SliceScene;
import org.latticebench.render.SliceStyle;
import org.latticebench.render.WindowPreset;
import org.latticebench.workflow.PlanRun;

/**
 * Axial, coronal and sagittal dose slices of a plan through the centre of the target, drawn with
 * the render bundle: CT (abdomen window), dose wash, isodose lines, the outlines of the study's
 * targets and organs at risk, and the plan's targets with every lattice sphere.
 *
 * @since 0.1
 */
public final class SliceViews {

	/** Colour of lattice sphere outlines: white stands out on the wash and the CT. */
	static final int SPHERE_RGB = 0xffffff;
	/** Target width of an axial picture, px. */
	static final int AXIAL_WIDTH_PX = 440;

	private SliceViews() {
	}

	/** The point the slices pass through: the centroid of the GTV (or of the first target, or the CT centre). */
	public static Vec3 targetCentreMm(StudySnapshot study) {
		Optional<StructureSnapshot> target = study.structure("GTV").filter(s -> s.mask().isPresent());
		if (target.isEmpty()) {
			target = study.structures().stream().filter(s -> s.role() == StructureRole.TARGET && s.mask().isPresent())
					.findFirst();
		}
		Grid3 g = study.ctHu().grid();
		if (target.isEmpty() || target.get().mask().get().isEmpty()) {
			return g.toPatientMm((g.nx() - 1) / 2.0, (g.ny() - 1) / 2.0, (g.nz() - 1) / 2.0);
		}
		Mask m = target.get().mask().get();
		double si = 0, sj = 0, sk = 0, w = 0;
		Grid3 mg = m.grid();
		for (int k = 0; k < mg.nz(); k++) {
			for (int j = 0; j < mg.ny(); j++) {
				for (int i = 0; i < mg.nx(); i++) {
					float f = m.get(i, j, k);
					if (f > 0) {
						si += f * i;
						sj += f * j;
						sk += f * k;
						w += f;
					}
				}
			}
		}
		return mg.toPatientMm(si / w, sj / w, sk / w);
	}

	/** Renders the three planes of one plan. */
	public static List<SliceImage> render(StudySnapshot study, PlanRun run, double washMaxGy, double[] isodoseLevelsGy) {
		Grid3 ct = study.ctHu().grid();
		Vec3 centre = targetCentreMm(study);
		double widthMm = ct.nx() * ct.spacingMm().x();
		double pixelMm = Math.max(0.25, widthMm / AXIAL_WIDTH_PX);
		SliceStyle style = SliceStyle.of(WindowPreset.ABDOMEN, pixelMm, 0.1 * washMaxGy, washMaxGy, isodoseLevelsGy);
		SliceScene scene = new SliceScene(study.ctHu(), Optional.of(run.doseGy()), outlines(study, run));
		List<SliceImage> images = new ArrayList<>();
		for (SlicePlane.Orientation o : SlicePlane.Orientation.values()) {
			SlicePlane plane = SlicePlane.through(ct, o, centre);
			Raster r = SliceRenderer.render(scene, plane, style);
			Vec3 at = plane.patientOf(ct, 0, 0);
			String caption = switch (o) {
			case AXIAL -> String.format(Locale.ROOT, "axial, z = %.1f mm", at.z());
			case CORONAL -> String.format(Locale.ROOT, "coronal, y = %.1f mm", at.y());
			case SAGITTAL -> String.format(Locale.ROOT, "sagittal, x = %.1f mm", at.x());
			};
			images.add(new SliceImage(run.planName(), caption, r.width(), r.height(), PngWriter.encode(r)));
		}
		return images;
	}

	/** Study targets and organs at risk, then the plan's targets; spheres in white, thin. */
	static List<SliceScene.Outline> outlines(StudySnapshot study, PlanRun run) {
		Map<String, SliceScene.Outline> byName = new LinkedHashMap<>();
		for (StructureSnapshot s : study.structures()) {
			if ((s.role() == StructureRole.TARGET || s.role() == StructureRole.OAR) && s.mask().isPresent()) {
				byName.put(s.name(), new SliceScene.Outline(s.name(), s.colorRgb(), s.mask().get(), 2));
			}
		}
		// PTV_peak is the union of the spheres: drawn once, as the spheres
		boolean hasSpheres = run.design().structures().stream().anyMatch(s -> isSphere(s.name()));
		for (StructureSnapshot s : run.design().structures()) {
			if (s.mask().isEmpty()) {
				continue;
			}
			if (isSphere(s.name())) {
				byName.putIfAbsent(s.name(), new SliceScene.Outline(s.name(), SPHERE_RGB, s.mask().get(), 1));
			} else if (s.role() == StructureRole.TARGET && !s.name().equalsIgnoreCase("valley")
					&& !(s.name().contains("peak") && hasSpheres)) {
				byName.putIfAbsent(s.name(), new SliceScene.Outline(s.name(), s.colorRgb(), s.mask().get(), 2));
			}
		}
		return List.copyOf(byName.values());
	}

	static boolean isSphere(String name) {
		return name.startsWith("sphere_");
	}
}
