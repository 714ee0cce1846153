package org.latticebench.planning.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.latticebench.core.Mask;
import org.latticebench.core.ObjectiveSpec;
import org.latticebench.core.ObjectiveSpec.Type;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.geometry.Booleans;
import org.latticebench.geometry.Margin;
import org.latticebench.geometry.Margins;
import org.latticebench.geometry.Shapes;
import org.latticebench.planning.Beams;
import org.latticebench.planning.HomogeneousSettings;
import org.latticebench.planning.LatticeReport;
import org.latticebench.planning.LatticeSettings;
import org.latticebench.planning.OarConstraintSet;
import org.latticebench.planning.PlanDesign;
import org.latticebench.planning.PlanGenerator;
import org.latticebench.planning.Prescription;
import org.latticebench.planning.Regimen;
import org.latticebench.planning.RegimenLibrary;
import org.latticebench.planning.SphereDecision;
import org.latticebench.planning.TargetConstruction;
import org.latticebench.planning.TargetRole;
import org.latticebench.planning.internal.LatticePlacer.Candidate;
import org.latticebench.planning.internal.LatticePlacer.Placement;
import org.osgi.service.component.annotations.Component;

/**
 * Lattice SFRT after [001]: a PTV from the regimen's margins at the low dose, and high-dose
 * spheres on a lattice inside the GTV ({@code PTV_peak}, each {@code sphere_k}), with the valley
 * between them and, optionally, low-dose avoid spheres.
 */
@Component(service = PlanGenerator.class, property = { "id=" + RegimenLibrary.LATTICE, "name=Lattice SFRT (spheres)",
		"description=High-dose spheres placed on a lattice inside the GTV, with valley and organ-at-risk clearances" })
public final class LatticeGenerator implements PlanGenerator {

	public static final String PEAK = TargetRole.SPHERES.structureName();
	public static final String VALLEY = "valley";

	/** The valley's mean-dose limit as a multiple of the PTV dose: a starting point, not from the seeds. */
	static final double VALLEY_MEAN_FACTOR = 1.5;
	/** An organ holding more than this part of the GTV hosts the tumour (the liver) and is not an exclusion organ. */
	static final double HOST_ORGAN_GTV_FRACTION = 0.5;

	@Override
	public String id() {
		return RegimenLibrary.LATTICE;
	}

	@Override
	public String name() {
		return "Lattice SFRT (spheres)";
	}

	@Override
	public Class<? extends Record> settingsType() {
		return LatticeSettings.class;
	}

	@Override
	public Record defaultSettings() {
		return LatticeSettings.defaults();
	}

	@Override
	public PlanDesign generate(StudySnapshot study, Regimen regimen, Record settings, ProgressMonitor monitor) {
		LatticeSettings s = GeneratorSupport.settings(LatticeSettings.class, settings, id());
		GeneratorSupport.requireRoles(regimen, EnumSet.of(TargetRole.PTV, TargetRole.SPHERES), id());
		List<String> notes = new ArrayList<>();
		if (!regimen.notes().isEmpty()) {
			// the regimen's text describes the published protocol; the geometry used here may differ
			notes.add("Regimen as published: " + regimen.notes());
		}
		notes.add(String.format(java.util.Locale.ROOT,
				"This plan: spheres %.1f mm in diameter, %.1f mm apart in-plane, axial planes %.1f mm apart, %s pattern,"
						+ " %.1f mm retraction from the GTV edge, %.1f mm clearance from organs at risk",
				s.sphereDiameterMm(), s.inPlaneSpacingMm(), s.planeSpacingMm(), s.pattern().name().toLowerCase(java.util.Locale.ROOT),
				s.retractionMm(), s.oarMarginMm()));
		Mask gtv = StudyMasks.require(study, s.targets().gtvName(), "the lattice spheres");
		List<StructureSnapshot> structures = new ArrayList<>(TargetConstruction.build(study, regimen, s.targets(), monitor));
		monitor.checkCanceled();
		List<LatticePlacer.Oar> oars = exclusionOrgans(study, s, gtv, notes);
		LatticePlacer placer = new LatticePlacer(gtv, oars, s);
		Placement placement = placer.place(monitor);
		monitor.subTask("Making sphere structures");
		SphereSet spheres = sphereStructures(placement, s, monitor);
		structures.addAll(spheres.structures());
		Crop crop = placement.crop();
		Mask peakFull = crop.paste(spheres.peak());
		Mask valleyCrop = Booleans.subtract(placement.gtvInCrop(),
				Margins.expand(spheres.peak(), Margin.isotropic(s.valleyMarginMm())));
		structures.add(StructureSnapshot.ofMask(PEAK, StructureRole.TARGET, 0xFF00FF, TargetConstruction.alphaBetaTumourGy(),
				peakFull));
		structures.add(StructureSnapshot.ofMask(VALLEY, StructureRole.TARGET, 0x00FFFF, TargetConstruction.alphaBetaTumourGy(),
				crop.paste(valleyCrop)));
		List<String> avoidNames = new ArrayList<>();
		if (s.avoidSpheres()) {
			addAvoidSpheres(placer, placement, s, spheres, structures, avoidNames, notes);
		}
		if (spheres.kept().isEmpty()) {
			notes.add("no sphere fits: the GTV is too small or too close to the organs at risk for these settings");
		}
		List<Prescription> rx = new ArrayList<>();
		rx.add(GeneratorSupport.prescription(regimen, TargetRole.PTV, TargetRole.PTV.structureName()));
		if (!spheres.kept().isEmpty()) {
			rx.add(GeneratorSupport.prescription(regimen, TargetRole.SPHERES, PEAK));
		}
		HomogeneousSettings cov = HomogeneousSettings.defaults();
		List<ObjectiveSpec> objectives = new ArrayList<>(GeneratorSupport.coverage(rx, cov.coverageDosePct(),
				cov.coverageVolumePct(), cov.hotDosePct(), cov.hotVolumePct()));
		double ptvDose = rx.get(0).totalDoseGy();
		objectives.add(ObjectiveSpec.of(Type.MAX_MEAN, VALLEY, VALLEY_MEAN_FACTOR * ptvDose, GeneratorSupport.HOT_SPOT_WEIGHT));
		for (String avoid : avoidNames) {
			objectives.add(ObjectiveSpec.of(Type.MAX_MEAN, avoid, ptvDose, GeneratorSupport.HOT_SPOT_WEIGHT));
		}
		Optional<StructureSnapshot> normalLiver = structures.stream()
				.filter(x -> x.name().equals(TargetConstruction.NORMAL_LIVER)).findFirst();
		OarConstraintSet table = s.constraintSet().resolve(regimen);
		objectives.addAll(OarObjectives.objectives(study, table, normalLiver, notes));
		if (table == OarConstraintSet.TG101_5FX && regimen.fractions() != 5) {
			notes.add(GeneratorSupport.notFiveFractionNote(regimen));
		}
		var beams = Beams.arrange(s.beams(), GeneratorSupport.isocentre(structures, study, "PTV", gtv));
		LatticeReport report = new LatticeReport(spheres.decisions(), s.pattern(), placement.originMm(),
				placement.rotationDeg(), placement.tried(), placement.unshiftedWhole(), placement.unshiftedKept(),
				gtv.volumeCc(), peakFull.volumeCc(), valleyCrop.volumeCc());
		monitor.done();
		return new PlanDesign(regimen.id(), id(), s, structures, rx, objectives, beams, Optional.of(report), notes);
	}

	/** The kept spheres as structures, their union (in the placement box) and every decision. */
	record SphereSet(List<StructureSnapshot> structures, Mask peak, List<SphereDecision> decisions, List<Vec3> kept) {
	}

	static SphereSet sphereStructures(Placement placement, LatticeSettings s, ProgressMonitor monitor) {
		Crop crop = placement.crop();
		Mask gtvCrop = placement.gtvInCrop();
		float[] peak = new float[crop.sub().voxelCount()];
		List<StructureSnapshot> out = new ArrayList<>();
		List<SphereDecision> decisions = new ArrayList<>();
		List<Vec3> kept = new ArrayList<>();
		int k = 0;
		for (Candidate c : placement.candidates()) {
			monitor.checkCanceled();
			SphereMasks m = sphere(crop, gtvCrop, c.centreMm(), s.sphereRadiusMm(), s.supersample());
			if (!c.status().isKept()) {
				decisions.add(new SphereDecision(Optional.empty(), c.centreMm(), c.status(), m.insideFraction(), c.depthMm(),
						c.nearestOar()));
				continue;
			}
			String name = "sphere_" + (++k);
			m.local().unionInto(m.clipped(), peak);
			out.add(StructureSnapshot.ofMask(name, StructureRole.TARGET, 0xFF1493, TargetConstruction.alphaBetaTumourGy(),
					m.local().within(crop).paste(m.clipped())));
			decisions.add(new SphereDecision(Optional.of(name), c.centreMm(), c.status(), m.insideFraction(), c.depthMm(),
					c.nearestOar()));
			kept.add(c.centreMm());
		}
		return new SphereSet(out, new Mask(crop.sub(), peak), decisions, kept);
	}

	/** A sphere voxelised on a small box of the placement box, and its part inside the GTV. */
	record SphereMasks(Crop local, Mask clipped, double insideFraction) {
	}

	static SphereMasks sphere(Crop crop, Mask gtvCrop, Vec3 centre, double radiusMm, int supersample) {
		double reach = radiusMm + 2 * Math.max(crop.sub().spacingMm().x(),
				Math.max(crop.sub().spacingMm().y(), crop.sub().spacingMm().z()));
		Vec3 half = new Vec3(reach, reach, reach);
		Crop local = Crop.box(crop.sub(), centre.minus(half), centre.plus(half));
		Mask whole = Shapes.sphere(local.sub(), centre, radiusMm, supersample);
		Mask clipped = Booleans.intersect(whole, local.cut(gtvCrop));
		double fraction = whole.volumeCc() > 0 ? clipped.volumeCc() / whole.volumeCc() : 0;
		return new SphereMasks(local, clipped, fraction);
	}

	private static void addAvoidSpheres(LatticePlacer placer, Placement placement, LatticeSettings s, SphereSet spheres,
			List<StructureSnapshot> structures, List<String> names, List<String> notes) {
		if (placement.latticeConfig().isEmpty()) {
			notes.add("avoid spheres need a regular lattice; none were made for the " + s.pattern() + " pattern");
			return;
		}
		List<Vec3> centres = placer.avoidCentres(placement.latticeConfig().get(), spheres.kept(), s.avoidDiameterMm() / 2,
				s.valleyMarginMm());
		Crop crop = placement.crop();
		int n = 0;
		for (Vec3 c : centres) {
			String name = "avoid_" + (++n);
			SphereMasks m = sphere(crop, placement.gtvInCrop(), c, s.avoidDiameterMm() / 2, s.supersample());
			structures.add(StructureSnapshot.ofMask(name, StructureRole.OTHER, 0x2E8B57, TargetConstruction.alphaBetaTumourGy(),
					m.local().within(crop).paste(m.clipped())));
			names.add(name);
		}
		notes.add(String.format(Locale.ROOT, "%d low-dose avoid spheres of %.1f mm between the peaks", n, s.avoidDiameterMm()));
	}

	/**
	 * The organs at risk spheres must keep away from: the listed ones (each must exist), or by
	 * default every OAR of the study except the organ that hosts the tumour (the liver holds the GTV).
	 */
	static List<LatticePlacer.Oar> exclusionOrgans(StudySnapshot study, LatticeSettings s, Mask gtv, List<String> notes) {
		List<LatticePlacer.Oar> out = new ArrayList<>();
		if (!s.oarNames().isEmpty()) {
			for (String name : s.oarNames()) {
				out.add(new LatticePlacer.Oar(name, StudyMasks.require(study, name, "the lattice's organ-at-risk exclusion")));
			}
			return out;
		}
		double gtvCc = gtv.volumeCc();
		for (StructureSnapshot st : study.structures()) {
			if (st.role() != StructureRole.OAR) {
				continue;
			}
			Mask m = StudyMasks.mask(study, st);
			double overlapCc = Booleans.intersect(m, gtv).volumeCc();
			if (overlapCc > HOST_ORGAN_GTV_FRACTION * gtvCc) {
				notes.add(String.format(Locale.ROOT,
						"%s holds %.0f %% of the GTV and is not used for the %.0f mm sphere exclusion", st.name(),
						100 * overlapCc / gtvCc, s.oarMarginMm()));
				continue;
			}
			out.add(new LatticePlacer.Oar(st.name(), m));
		}
		if (out.isEmpty()) {
			notes.add("the study has no organ at risk for the sphere exclusion");
		}
		return out;
	}
}
