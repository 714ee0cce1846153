package org.latticebench.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.phantom.LiverPhantom;
import org.latticebench.phantom.PhantomParameters;

/**
 * The built-in phantom at a coarse 4 mm spacing (to keep the tests fast) with a synthetic
 * Gaussian dose and a 9-beam SBRT plan, exported once per test class.
 */
record PhantomExportFixture(StudySnapshot study, FloatVolume doseGy, PlanExport plan, ExportResult result) {

	static final double SPACING_MM = 4;
	/** Gaussian dose: peak and width, chosen to look like a target dose; any smooth dose would do. */
	static final double PEAK_GY = 60, SIGMA_MM = 40;
	/** sbrt-50-5 in shared/DOMAIN.md: PTV 50 Gy in 5 fractions (here prescribed to the phantom's GTV). */
	static final double PRESCRIPTION_GY = 50;
	static final int FRACTIONS = 5;
	static final int BEAMS = 9;

	static PhantomExportFixture export(Path out) {
		PhantomParameters parameters = PhantomParameters.defaults().withSpacingMm(SPACING_MM);
		StudySnapshot study = LiverPhantom.build(parameters, ProgressMonitor.NULL);
		FloatVolume dose = gaussian(study.ctHu().grid(), parameters.tumourCentreMm());
		PlanExport plan = PlanExport.of("SBRT 50/5", FRACTIONS,
				List.of(new PlanExport.Prescription("GTV", PRESCRIPTION_GY)), beams(parameters.tumourCentreMm()));
		ExportRequest request = ExportRequest.of(study).withDose(DoseExport.physical("gauss", dose)).withPlan(plan);
		return new PhantomExportFixture(study, dose, plan, DicomExporter.export(request, out, ProgressMonitor.NULL));
	}

	/** D = PEAK exp(-|r - c|^2 / (2 SIGMA^2)) at the voxel centres. */
	static FloatVolume gaussian(Grid3 g, Vec3 centreMm) {
		float[] d = new float[g.voxelCount()];
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					Vec3 r = g.toPatientMm(i, j, k).minus(centreMm);
					d[g.index(i, j, k)] = (float) (PEAK_GY * Math.exp(-r.dot(r) / (2 * SIGMA_MM * SIGMA_MM)));
				}
			}
		}
		return new FloatVolume(g, d);
	}

	/** Nine coplanar 6 MV beams at gantry 0, 40, ..., 320 deg on the tumour centre. */
	static List<BeamSpec> beams(Vec3 isocentreMm) {
		List<BeamSpec> beams = new ArrayList<>();
		for (int b = 0; b < BEAMS; b++) {
			beams.add(BeamSpec.of6Mv(String.format("G%03d", 40 * b), 40.0 * b, 0, isocentreMm));
		}
		return beams;
	}

	Path dose16() {
		return file(DoseEncoding.UINT16);
	}

	Path file(DoseEncoding encoding) {
		return result.doses().stream().filter(d -> d.encoding() == encoding).findFirst().orElseThrow().file();
	}
}
