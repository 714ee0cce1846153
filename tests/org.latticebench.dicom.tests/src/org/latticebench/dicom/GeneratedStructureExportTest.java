package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.geometry.ContourRasterizer;
import org.latticebench.geometry.Rings;
import org.latticebench.geometry.Shapes;
import org.latticebench.testing.Asserts;

/** Structures made as masks (a lattice sphere and a ring) survive RTSTRUCT export as contours. */
class GeneratedStructureExportTest {

	@Test
	void latticeSphereAndRingComeBackWithTheirVolumes(@TempDir Path tmp) {
		// 1 mm grid so that a lattice sphere is 15 voxels across
		Grid3 g = Grid3.axisAligned(new Vec3(-39.5, -39.5, -34.5), new Vec3(1, 1, 1), 80, 80, 70);
		// shared/DOMAIN.md, lattice geometry [001]: sphere diameter 1.5 cm
		double radiusMm = 7.5;
		Mask sphere = Shapes.sphere(g, Vec3.ZERO, radiusMm, 4);
		Mask big = Shapes.sphere(g, Vec3.ZERO, 20, 4);
		Mask ring = Rings.ring(big, 5, 10);
		StudySnapshot study = new StudySnapshot("Test^Lattice", "LATTICE", FloatVolume.zeros(g),
				List.of(StructureSnapshot.ofMask("Sphere_1", StructureRole.TARGET, 0xFF00FF, 10, sphere),
						StructureSnapshot.ofMask("Ring_5_10", StructureRole.OTHER, 0x00FFFF, 3, ring)));
		DicomExporter.export(ExportRequest.of(study), tmp.resolve("out"), ProgressMonitor.NULL);
		ImportedStudy back = DicomImporter.importFolder(tmp.resolve("out"), ProgressMonitor.NULL);
		assertEquals(List.of("Sphere_1", "Ring_5_10"), back.study().structures().stream().map(StructureSnapshot::name).toList());
		double sphereCc = ContourRasterizer.toMask(back.study().structures().get(0).contours(), g).volumeCc();
		// 4/3 pi (0.75 cm)^3 = 1.767 cc; at 1 mm the traced contours keep it within 3 %
		Asserts.assertVolumeEquals(4.0 / 3 * Math.PI * Math.pow(0.75, 3), sphereCc, 0.03, "lattice sphere");
		double ringCc = ContourRasterizer.toMask(back.study().structures().get(1).contours(), g).volumeCc();
		// the ring is written as its own traced contours (outer and inner boundaries)
		Asserts.assertVolumeEquals(ring.volumeCc(), ringCc, 0.03, "ring 5-10 mm");
		assertEquals(StructureRole.OTHER, back.study().structures().get(1).role());
	}
}
