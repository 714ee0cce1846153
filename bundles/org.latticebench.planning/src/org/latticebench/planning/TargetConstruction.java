package org.latticebench.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.geometry.Booleans;
import org.latticebench.geometry.Margin;
import org.latticebench.geometry.Margins;
import org.latticebench.geometry.Rings;
import org.latticebench.planning.internal.Crop;
import org.latticebench.planning.internal.StudyMasks;

/**
 * Builds a regimen's targets from the GTV by its margin recipe ({@link Regimen#margins()}), plus
 * normal liver (liver - GTV) and rings for dose fall-off. All masks are on the study's CT grid.
 * Margins use the geometry engine's Euclidean distance transform, so an isotropic 5 mm margin
 * on a sphere of radius R gives a sphere of radius R + 5 mm.
 *
 * @since 0.1
 */
public final class TargetConstruction {

	/** Name of the generated normal liver (liver minus GTV, shared/DOMAIN.md "Volumes and margins"). */
	public static final String NORMAL_LIVER = "NormalLiver";

	static final double ALPHA_BETA_TUMOUR_GY = 10; // shared/DOMAIN.md, Radiobiology
	static final double ALPHA_BETA_NORMAL_GY = 3; // shared/DOMAIN.md, Radiobiology

	private TargetConstruction() {
	}

	/** The alpha/beta given to generated target structures (tumour, 10 Gy). */
	public static double alphaBetaTumourGy() {
		return ALPHA_BETA_TUMOUR_GY;
	}

	/** One margin step on a mask: {@code from + (lateral, AP, CC)} mm. */
	public static Mask expand(Mask from, MarginStep step) {
		return Margins.expand(from, Margin.of(step.lateralMm(), step.apMm(), step.ccMm()));
	}

	/** The name of a ring: {@code Ring_<inner>-<outer>mm}. */
	public static String ringName(double innerMm, double outerMm) {
		return "Ring_" + fmt(innerMm) + "-" + fmt(outerMm) + "mm";
	}

	/**
	 * The regimen's margin targets (in recipe order), then normal liver when the study has a liver,
	 * then the rings around the largest target. Structures a step starts from are looked up first
	 * among the earlier steps, then in the study.
	 *
	 * @throws InvalidInputException when the GTV or a step's source structure is missing
	 */
	public static List<StructureSnapshot> build(StudySnapshot study, Regimen regimen, TargetSettings settings,
			ProgressMonitor monitor) {
		monitor.subTask("Building targets for " + regimen.id());
		Mask gtv = StudyMasks.require(study, settings.gtvName(), "the targets of regimen " + regimen.id());
		// Margins and rings are grown on the box that can hold them, not the whole CT: the distance
		// transforms then cost a fraction of the time, and the results are the same
		double reachMm = settings.ringCount() * settings.ringWidthMm() + 3 * maxSpacingMm(gtv);
		for (MarginStep step : regimen.margins()) {
			reachMm += Math.max(step.lateralMm(), Math.max(step.apMm(), step.ccMm()));
		}
		Crop crop = Crop.around(gtv, reachMm);
		Mask gtvBox = crop.cut(gtv);
		Map<String, Mask> made = new LinkedHashMap<>();
		List<StructureSnapshot> out = new ArrayList<>();
		for (MarginStep step : regimen.margins()) {
			monitor.checkCanceled();
			boolean fromGtv = step.fromName().equalsIgnoreCase(settings.gtvName()) || step.fromName().equals("GTV");
			Mask from = fromGtv ? gtvBox
					: Optional.ofNullable(made.get(step.fromName()))
							.orElseGet(() -> crop.cut(StudyMasks.require(study, step.fromName(), step.describe())));
			Mask target = expand(from, step);
			made.put(step.targetName(), target);
			out.add(StructureSnapshot.ofMask(step.targetName(), StructureRole.TARGET, colour(step.targetName()),
					ALPHA_BETA_TUMOUR_GY, crop.paste(target)));
		}
		monitor.checkCanceled();
		normalLiver(study, settings, gtv).ifPresent(out::add);
		Mask outer = made.values().stream().reduce((a, b) -> a.volumeCc() >= b.volumeCc() ? a : b).orElse(gtvBox);
		Optional<Mask> body = StudyMasks.findMask(study, settings.externalName()).map(crop::cut);
		for (StructureSnapshot ring : rings(body, settings, outer, monitor)) {
			out.add(ring.withMask(crop.paste(ring.mask().orElseThrow())));
		}
		return List.copyOf(out);
	}

	/** Liver minus GTV, when the study has the liver. */
	public static Optional<StructureSnapshot> normalLiver(StudySnapshot study, TargetSettings settings, Mask gtv) {
		return StudyMasks.find(study, settings.liverName()).map(liver -> StructureSnapshot.ofMask(NORMAL_LIVER,
				StructureRole.OAR, 0xA0522D, liver.alphaBetaGy(), Booleans.subtract(StudyMasks.mask(study, liver), gtv)));
	}

	/**
	 * {@code ringCount} nested rings of {@code ringWidthMm} around {@code target}, inside the body
	 * when there is one (on the target's grid).
	 */
	public static List<StructureSnapshot> rings(Optional<Mask> body, TargetSettings settings, Mask target,
			ProgressMonitor monitor) {
		List<StructureSnapshot> out = new ArrayList<>();
		for (int n = 0; n < settings.ringCount(); n++) {
			monitor.checkCanceled();
			double inner = n * settings.ringWidthMm(), outer = (n + 1) * settings.ringWidthMm();
			Mask ring = Rings.ring(target, inner, outer);
			if (body.isPresent()) {
				ring = Booleans.intersect(ring, body.get());
			}
			out.add(StructureSnapshot.ofMask(ringName(inner, outer), StructureRole.OTHER, 0x808080, ALPHA_BETA_NORMAL_GY,
					ring));
		}
		return out;
	}

	private static double maxSpacingMm(Mask m) {
		var sp = m.grid().spacingMm();
		return Math.max(sp.x(), Math.max(sp.y(), sp.z()));
	}

	private static int colour(String name) {
		return switch (name) {
		case "PTV" -> 0x0000FF;
		case "CTV" -> 0x00BFFF;
		case "PGTV" -> 0xFF00FF;
		default -> 0x4682B4;
		};
	}

	private static String fmt(double mm) {
		return mm == Math.rint(mm) ? Long.toString((long) mm) : Double.toString(mm);
	}
}
