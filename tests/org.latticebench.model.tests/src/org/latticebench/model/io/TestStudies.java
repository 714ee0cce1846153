package org.latticebench.model.io;

import org.latticebench.core.Grid3;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.Vec3;
import org.latticebench.model.Beam;
import org.latticebench.model.Comparison;
import org.latticebench.model.DoseDistribution;
import org.latticebench.model.DoseKind;
import org.latticebench.model.Evaluation;
import org.latticebench.model.ImageVolume;
import org.latticebench.model.MetricValue;
import org.latticebench.model.ModelFactory;
import org.latticebench.model.Objective;
import org.latticebench.model.ObjectiveType;
import org.latticebench.model.Patient;
import org.latticebench.model.Plan;
import org.latticebench.model.Prescription;
import org.latticebench.model.Regimen;
import org.latticebench.model.Setting;
import org.latticebench.model.Sphere;
import org.latticebench.model.SphereStatus;
import org.latticebench.model.Structure;
import org.latticebench.model.StructureRole;
import org.latticebench.model.Study;
import org.latticebench.model.Target;
import org.latticebench.model.data.BulkArray;
import org.latticebench.model.snapshot.Snapshots;

/** Small but complete studies for the model tests: every class and every kind of value is present. */
public final class TestStudies {

	static final ModelFactory F = ModelFactory.eINSTANCE;
	/** 24 x 20 x 12 voxels of 2.5 x 2.5 x 3 mm, origin (-30, -25, -18) mm: extent -31.25..28.75, -26.25..23.75, -19.5..16.5 mm. */
	public static final Grid3 IMAGE_GRID = Grid3.axisAligned(new Vec3(-30, -25, -18), new Vec3(2.5, 2.5, 3), 24, 20, 12);

	private TestStudies() {
	}

	/** Image, 3 structures (masks and contours), the lattice regimen and two plans with dose. */
	public static Study liverStudy() {
		Study study = F.createStudy();
		study.setName("liver phantom");
		Patient patient = F.createPatient();
		patient.setName("Phantom^Liver");
		patient.setId("LB-0001");
		study.setPatient(patient);

		ImageVolume image = F.createImageVolume();
		image.setGrid(Snapshots.voxelGrid(IMAGE_GRID));
		float[] hu = new float[IMAGE_GRID.voxelCount()];
		for (int n = 0; n < hu.length; n++) {
			hu[n] = -1000f + (n * 37 % 1400); // every value differs from its neighbours, so swaps show
		}
		image.setHuValues(BulkArray.wrap(hu));
		study.setImage(image);

		study.getStructures().add(structure("Body", StructureRole.EXTERNAL, 0x00FF00, 10, true, false));
		study.getStructures().add(structure("Liver", StructureRole.OAR, 0x8B4513, 4, false, true));
		study.getStructures().add(structure("GTV", StructureRole.TARGET, 0xFF0000, 10, true, true));

		Regimen regimen = F.createRegimen();
		regimen.setId("lattice-sfrt");
		regimen.setName("Lattice SFRT 20 Gy / 66.7 Gy boost");
		regimen.setSource("[001] Lattice SFRT of a bulky liver tumour");
		regimen.setFractions(5); // DOMAIN.md regimen table: lattice-sfrt, 5 fractions
		regimen.getPrescriptions().add(prescription("PTV", 20.0, 5)); // DOMAIN.md: PTV 20 Gy
		regimen.getPrescriptions().add(prescription("spheres", 66.7, 5)); // DOMAIN.md: spheres 66.7 Gy
		study.getRegimens().add(regimen);

		Plan lattice = plan("Lattice", regimen, 1.0f);
		Target spheres = F.createTarget();
		spheres.setStructureName("GTV");
		spheres.setDoseGy(66.7);
		spheres.getSpheres().add(sphere(new Vec3(-6, 0, 0), SphereStatus.WHOLE));
		spheres.getSpheres().add(sphere(new Vec3(54, 0, 0), SphereStatus.CLIPPED));
		lattice.getTargets().add(spheres);
		Plan uniform = plan("Uniform", regimen, 0.5f);
		DoseDistribution eqd2 = dose(DoseKind.EQD2, "eqd2 of pencil-beam", 0.8f);
		uniform.getDoses().add(eqd2);
		study.getPlans().add(lattice);
		study.getPlans().add(uniform);

		Evaluation evaluation = F.createEvaluation();
		evaluation.setPlan(lattice);
		MetricValue d95 = F.createMetricValue();
		d95.setStructureName("GTV");
		d95.setMetric("D95");
		d95.setValue(19.3);
		d95.setUnit("Gy");
		evaluation.getMetrics().add(d95);
		study.getEvaluations().add(evaluation);

		Comparison comparison = F.createComparison();
		comparison.setName("lattice vs uniform");
		comparison.getPlans().add(lattice);
		comparison.getPlans().add(uniform);
		comparison.setReferencePlan(uniform);
		study.getComparisons().add(comparison);
		return study;
	}

	static Structure structure(String name, StructureRole role, int rgb, double alphaBetaGy, boolean contours, boolean mask) {
		Structure s = F.createStructure();
		s.setName(name);
		s.setRole(role);
		s.setColorRgb(rgb);
		s.setAlphaBetaGy(alphaBetaGy);
		s.setVisible(!"Liver".equals(name));
		if (contours) {
			for (int k = 0; k < 3; k++) {
				double z = -3 + 3 * k;
				double r = 10 + name.length() + 0.1 * k; // distinct, non-round radii
				double[] p = new double[3 * 8];
				for (int n = 0; n < 8; n++) {
					p[3 * n] = r * Math.cos(n * Math.PI / 4);
					p[3 * n + 1] = r * Math.sin(n * Math.PI / 4);
					p[3 * n + 2] = z;
				}
				s.getContours().add(new PlanarContour(p));
			}
		}
		if (mask) {
			float[] f = new float[IMAGE_GRID.voxelCount()];
			for (int n = 0; n < f.length; n += 7) {
				f[n] = (n % 3 == 0) ? 1f : 0.25f + name.length() / 100f;
			}
			s.setMask(BulkArray.wrap(f));
		}
		return s;
	}

	static Prescription prescription(String target, double doseGy, int fractions) {
		Prescription p = F.createPrescription();
		p.setTargetName(target);
		p.setDoseGy(doseGy);
		p.setFractions(fractions);
		return p;
	}

	static Sphere sphere(Vec3 centreMm, SphereStatus status) {
		Sphere s = F.createSphere();
		s.setCentreMm(centreMm);
		s.setDiameterMm(15); // DOMAIN.md lattice geometry: 1.5 cm spheres
		s.setStatus(status);
		return s;
	}

	static Plan plan(String name, Regimen regimen, float doseScale) {
		Plan plan = F.createPlan();
		plan.setName(name);
		plan.setRegimen(regimen);
		plan.setGeneratorId(name.toLowerCase() + "-generator");
		plan.setDoseEngineId("pencil-beam");
		Setting spacing = F.createSetting();
		spacing.setKey("sphereSpacingMm");
		spacing.setValue("60.0");
		plan.getGeneratorSettings().add(spacing);
		Target ptv = F.createTarget();
		ptv.setStructureName("PTV");
		ptv.setDoseGy(20);
		plan.getTargets().add(ptv);
		for (int b = 0; b < 3; b++) {
			Beam beam = F.createBeam();
			beam.setName("B" + b);
			beam.setGantryDeg(120.0 * b + 0.5);
			beam.setCollimatorDeg(10 * b);
			beam.setCouchDeg(b == 2 ? 270 : 0);
			beam.setIsocentreMm(new Vec3(1.25, -2.5, 3.75));
			beam.setEnergyMV(6);
			beam.setWeight(1.0 / 3);
			plan.getBeams().add(beam);
		}
		Objective objective = F.createObjective();
		objective.setType(ObjectiveType.MAX_DVH);
		objective.setStructureName("Liver");
		objective.setDoseGy(21);
		objective.setVolumePercent(50);
		objective.setWeight(2.5);
		plan.getObjectives().add(objective);
		plan.getDoses().add(dose(DoseKind.PHYSICAL, "pencil-beam", doseScale));
		return plan;
	}

	/** A dose on a coarser grid that lies inside the image: 10 x 8 x 4 voxels of 5 x 5 x 6 mm. */
	static DoseDistribution dose(DoseKind kind, String source, float scale) {
		Grid3 grid = Grid3.axisAligned(new Vec3(-25, -20, -12), new Vec3(5, 5, 6), 10, 8, 4);
		return dose(kind, source, grid, scale);
	}

	public static DoseDistribution dose(DoseKind kind, String source, Grid3 grid, float scale) {
		DoseDistribution d = F.createDoseDistribution();
		d.setKind(kind);
		d.setSource(source);
		d.setGrid(Snapshots.voxelGrid(grid));
		float[] gy = new float[grid.voxelCount()];
		for (int n = 0; n < gy.length; n++) {
			gy[n] = scale * (n % 67) * 0.37f;
		}
		d.setDoseGy(BulkArray.wrap(gy));
		return d;
	}
}
