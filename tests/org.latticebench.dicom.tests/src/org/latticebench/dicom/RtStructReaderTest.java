package org.latticebench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.StructureRole;
import org.latticebench.testing.SharedData;

class RtStructReaderTest {

	@Test
	void readsAllTenRoisOfTheClinicalBreastStructureSetInFileOrder() {
		ImportedStructureSet set = RtStructReader.read(SharedData.path("dicompyler-breast/rtss.dcm"));
		// names as listed by dcmdump of rtss.dcm, (3006,0026) in StructureSetROISequence order
		assertEquals(List.of("BODY", "Areola", "Borders", "Breast", "Heart", "Lt Lung", "Nodes", "Scar", "Tumor Bed",
				"Tumor Bed Block"), set.rois().stream().map(ImportedStructureSet.Roi::name).toList());
		// (3006,00A4) EXTERNAL for BODY, ORGAN for Heart (dcmdump), mapped by StructureRole
		assertEquals(StructureRole.EXTERNAL, set.roi("BODY").orElseThrow().role());
		assertEquals(StructureRole.OAR, set.roi("Heart").orElseThrow().role());
		assertEquals(StructureRole.TARGET, set.roi("Tumor Bed").orElseThrow().role());
	}

	@Test
	void keepsTheEmptyAreolaRoiWithNoContours() {
		ImportedStructureSet set = RtStructReader.read(SharedData.path("dicompyler-breast/rtss.dcm"));
		// shared/data/README.md: "an empty Areola"
		assertTrue(set.roi("Areola").orElseThrow().contours().isEmpty());
	}

	@Test
	void leftLungHasPlanesWithMoreThanOneContourForItsHoles() {
		ImportedStructureSet.Roi lung = RtStructReader.read(SharedData.path("dicompyler-breast/rtss.dcm")).roi("Lt Lung")
				.orElseThrow();
		Map<Long, Long> contoursPerPlane = lung.contours().stream()
				.collect(Collectors.groupingBy(c -> Math.round(c.pointsMm()[2] * 100), Collectors.counting()));
		long planesWithSeveral = contoursPerPlane.values().stream().filter(n -> n > 1).count();
		// shared/data/README.md: "Lt Lung with holes", i.e. several contours on one plane
		assertTrue(planesWithSeveral > 0, "Lt Lung planes with several contours: " + planesWithSeveral);
		assertEquals(lung.contours().size(), contoursPerPlane.values().stream().mapToLong(Long::longValue).sum());
		for (PlanarContour c : lung.contours()) {
			double z = c.pointsMm()[2];
			for (int n = 0; n < c.pointCount(); n++) {
				assertEquals(z, c.point(n).z(), 1e-6, "contour points lie on one axial plane");
			}
		}
	}

	@Test
	void syntheticSphereContoursLieOnTheDocumentedCircleAndPlanes() {
		ImportedStructureSet set = RtStructReader.read(SharedData.path("synthetic-sphere/RS_synthetic.dcm"));
		ImportedStructureSet.Roi sphere = set.roi("Sphere").orElseThrow();
		// expected.json description: sphere R = 30 mm at (0,0,0), 360-point polygons on planes z = -28..28 (step 2)
		assertEquals(29, sphere.contours().size());
		assertEquals(29, sphere.planeCount());
		PlanarContour equator = sphere.contours().stream().filter(c -> Math.abs(c.pointsMm()[2]) < 1e-6).findFirst()
				.orElseThrow();
		assertEquals(360, equator.pointCount());
		for (int n = 0; n < equator.pointCount(); n++) {
			assertEquals(30.0, Math.hypot(equator.point(n).x(), equator.point(n).y()), 1e-3, "radius at z = 0");
		}
		// Box: rectangles on planes z = -20..20; BODY: a circle on every one of the 41 CT planes
		assertEquals(21, set.roi("Box").orElseThrow().contours().size());
		assertEquals(41, set.roi("BODY").orElseThrow().contours().size());
		assertEquals(StructureRole.EXTERNAL, set.roi("BODY").orElseThrow().role());
	}
}
