package org.latticebench.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latticebench.core.CancelledException;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.testing.Asserts;

class LiverPhantomTest {

	/** The phantom at its default parameters (2.5 mm), built once for the read-only checks. */
	private static StudySnapshot defaults;

	@BeforeAll
	static void buildDefaults() {
		defaults = LiverPhantom.build(PhantomParameters.defaults(), ProgressMonitor.NULL);
	}

	private static Mask mask(StudySnapshot s, String name) {
		return s.structure(name).orElseThrow(() -> new AssertionError("no structure " + name)).mask().orElseThrow();
	}

	private static double volumeCc(StudySnapshot s, String name) {
		return mask(s, name).volumeCc();
	}

	@Test
	void sameParametersGiveBitIdenticalPhantomsWhateverTheThreadCount() throws Exception {
		PhantomParameters p = PhantomParameters.defaults().withSpacingMm(4);
		StudySnapshot first = LiverPhantom.build(p, ProgressMonitor.NULL);
		ForkJoinPool single = new ForkJoinPool(1);
		try {
			StudySnapshot second = single.submit(() -> LiverPhantom.build(p, ProgressMonitor.NULL)).get();
			// FloatVolume and Mask compare their arrays with Arrays.equals, i.e. bit for bit
			assertEquals(first.ctHu(), second.ctHu());
			assertEquals(first.structures(), second.structures());
			assertEquals(first, second);
		} finally {
			single.shutdown();
		}
	}

	@Test
	void everyNamedStructureIsPresentNonEmptyWithItsRoleAndAlphaBeta() {
		List<String> expected = List.of("BODY", "GTV", "GTV_solid", "GTV_necrotic", "Liver", "Stomach", "Duodenum",
				"SmallBowel", "Colon", "Kidney_L", "Kidney_R", "SpinalCord", "Vertebra", "Aorta", "IVC", "GreatVessels",
				"Spleen", "Lung_L", "Lung_R");
		assertEquals(expected, defaults.structures().stream().map(StructureSnapshot::name).toList());
		Set<Integer> colours = new HashSet<>();
		for (StructureSnapshot s : defaults.structures()) {
			assertFalse(s.mask().orElseThrow().isEmpty(), s.name() + " is empty");
			assertTrue(s.mask().get().grid().sameGeometry(defaults.ctHu().grid()), s.name() + " is on another grid");
			assertTrue(colours.add(s.colorRgb()), s.name() + " reuses a colour");
			StructureRole role = switch (s.name()) {
			case "BODY" -> StructureRole.EXTERNAL;
			case "GTV", "GTV_solid", "GTV_necrotic" -> StructureRole.TARGET;
			case "Vertebra" -> StructureRole.OTHER;
			default -> StructureRole.OAR;
			};
			assertEquals(role, s.role(), s.name());
			// alpha/beta from shared/DOMAIN.md (Radiobiology): tumour 10 Gy, liver 2-3 Gy (2.5 taken), others 3 Gy
			double alphaBeta = s.name().startsWith("GTV") ? 10 : s.name().equals("Liver") ? 2.5 : 3;
			assertEquals(alphaBeta, s.alphaBetaGy(), 0, s.name());
		}
		assertEquals("Lattice Bench Phantom", defaults.patientName());
	}

	@Test
	void solidRimAndNecroticCoreMakeUpTheGtv() {
		Mask gtv = mask(defaults, "GTV"), solid = mask(defaults, "GTV_solid"), core = mask(defaults, "GTV_necrotic");
		// the union of the two disjoint sub-structures is the GTV: within 0.5 % of its volume (task brief)
		Asserts.assertVolumeEquals(gtv.volumeCc(), solid.volumeCc() + core.volumeCc(), 0.005, "GTV_solid + GTV_necrotic");
		for (int v = 0; v < gtv.fraction().length; v++) {
			assertEquals(gtv.fraction()[v], solid.fraction()[v] + core.fraction()[v], 1e-6, "voxel " + v);
		}
		// the core is the tumour's own shape scaled by cbrt(0.3), so it holds 30 % of the GTV (default parameter)
		Asserts.assertVolumeEquals(0.3 * gtv.volumeCc(), core.volumeCc(), 0.02, "necrotic core");
	}

	@Test
	void gtvLiesInsideTheLiver() {
		float[] gtv = mask(defaults, "GTV").fraction(), liver = mask(defaults, "Liver").fraction();
		for (int v = 0; v < gtv.length; v++) {
			assertTrue(gtv[v] <= liver[v], "voxel " + v + ": GTV " + gtv[v] + " > liver " + liver[v]);
		}
	}

	/**
	 * Plausible adult volumes. Sources: ICRP Publication 89 (2002) reference masses, adult female to
	 * male, at soft-tissue densities of about 1.05 g/cc (ICRP Publication 110, Annex A); issue 3 for
	 * the liver; closed-form tube volumes pi r^2 L for the cord and the aorta.
	 */
	@Test
	void organVolumesArePlausibleForAnAdult() {
		Map<String, double[]> rangesCc = Map.of(
				// ICRP 89: liver 1400-1800 g; issue 3 asks for 1.5-1.8 L including the tumour
				"Liver", new double[] { 1500, 1800 },
				// ICRP 89: 138-155 g per kidney = 131-148 cc; allow about +-15 % individual spread
				"Kidney_L", new double[] { 120, 170 }, "Kidney_R", new double[] { 120, 170 },
				// ICRP 89: stomach wall + contents 370-400 g; fasting-to-fed range taken as 300-600 cc
				"Stomach", new double[] { 300, 600 },
				// ICRP 89: spleen 130-150 g = 124-143 cc; allow +-20 %
				"Spleen", new double[] { 100, 170 },
				// cord 8-12 mm across over the 250 mm field: pi * (4..6 mm)^2 * 250 mm = 12.6-28.3 cc
				"SpinalCord", new double[] { 12.6, 28.3 },
				// aorta 20-30 mm across over 250 mm: pi * (10..15 mm)^2 * 250 mm = 78.5-176.7 cc
				"Aorta", new double[] { 78.5, 176.7 },
				// duodenum 20-30 mm across, 200-280 mm long: pi * 10^2 * 200 = 62.8 to pi * 15^2 * 280 = 197.9 cc
				"Duodenum", new double[] { 62.8, 197.9 });
		for (var e : rangesCc.entrySet()) {
			double v = volumeCc(defaults, e.getKey());
			assertTrue(v >= e.getValue()[0] && v <= e.getValue()[1],
					e.getKey() + " = " + v + " cc, expected " + e.getValue()[0] + "-" + e.getValue()[1] + " cc");
		}
		// a bulky tumour of about 10 cm and 500 cc (issue 3 and the task): 4/3 pi (50 mm)^3 = 523.6 cc, lobulated
		Asserts.assertVolumeEquals(523.6, volumeCc(defaults, "GTV"), 0.05, "default GTV");
	}

	@Test
	void sphericalTumourHasTheVolumeOfItsDiameter() {
		StudySnapshot sphere = LiverPhantom.build(PhantomParameters.defaults().withTumourLobulation(0), ProgressMonitor.NULL);
		// 4/3 pi r^3 with r = 50 mm: 523.599 cc
		Asserts.assertVolumeEquals(4.0 / 3 * Math.PI * 50 * 50 * 50 / 1000, volumeCc(sphere, "GTV"), 0.02, "GTV d=100 mm");
		StudySnapshot small = LiverPhantom.build(
				PhantomParameters.defaults().withTumourLobulation(0).withTumourDiameterMm(60).withSpacingMm(4),
				ProgressMonitor.NULL);
		// r = 30 mm: 113.097 cc, on the coarse 4 mm grid
		Asserts.assertVolumeEquals(4.0 / 3 * Math.PI * 30 * 30 * 30 / 1000, volumeCc(small, "GTV"), 0.02, "GTV d=60 mm");
	}

	@Test
	void someOrganAtRiskComesWithin15mmOfTheGtv() {
		// lattice rule from shared/DOMAIN.md [001]: any sphere within 1.5 cm of an OAR is removed
		Mask gtv = mask(defaults, "GTV");
		PhantomDescription description = PhantomDescription.of(defaults);
		int near = 0;
		for (StructureSnapshot s : defaults.structures()) {
			if (s.role() != StructureRole.OAR || s.name().equals("Liver")) {
				continue; // the liver contains the GTV
			}
			double d = bruteForceDistanceMm(gtv, s.mask().get());
			double fromDescription = description.row(s.name()).orElseThrow().gtvDistanceMm().orElseThrow();
			// the distance map is stored as float: ulp at 100 mm is 7.6e-6 mm, so compare to 1e-4 mm
			assertEquals(d, fromDescription, 1e-4, s.name() + ": distance transform against brute force");
			if (d < 15) {
				near++;
			}
		}
		assertTrue(near >= 2, "only " + near + " organs at risk within 15 mm of the GTV");
		assertTrue(bruteForceDistanceMm(gtv, mask(defaults, "Duodenum")) < 15, "duodenum abuts the tumour");
		assertTrue(bruteForceDistanceMm(gtv, mask(defaults, "Kidney_R")) < 20, "right kidney within 2 cm");
	}

	/** Smallest distance between centres of voxels at least half inside each mask, by exhaustive search. */
	private static double bruteForceDistanceMm(Mask a, Mask b) {
		Grid3 g = a.grid();
		List<Vec3> pa = centres(a), pb = centres(b);
		double best = Double.POSITIVE_INFINITY;
		for (Vec3 p : pa) {
			for (Vec3 q : pb) {
				double dx = p.x() - q.x(), dy = p.y() - q.y(), dz = p.z() - q.z();
				best = Math.min(best, dx * dx + dy * dy + dz * dz);
			}
		}
		assertTrue(g.sameGeometry(b.grid()));
		return Math.sqrt(best);
	}

	private static List<Vec3> centres(Mask m) {
		Grid3 g = m.grid();
		List<Vec3> out = new java.util.ArrayList<>();
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					if (m.get(i, j, k) >= 0.5f && onSurface(m, i, j, k)) {
						out.add(g.toPatientMm(i, j, k));
					}
				}
			}
		}
		return out;
	}

	/** Only surface voxels can be nearest to something outside, which keeps the search small. */
	private static boolean onSurface(Mask m, int i, int j, int k) {
		Grid3 g = m.grid();
		int[][] n = { { 1, 0, 0 }, { -1, 0, 0 }, { 0, 1, 0 }, { 0, -1, 0 }, { 0, 0, 1 }, { 0, 0, -1 } };
		for (int[] d : n) {
			int a = i + d[0], b = j + d[1], c = k + d[2];
			if (!g.contains(a, b, c) || m.get(a, b, c) < 0.5f) {
				return true;
			}
		}
		return false;
	}

	@Test
	void tumourParametersChangeTheGtv() {
		PhantomParameters coarse = PhantomParameters.defaults().withSpacingMm(5);
		StudySnapshot smaller = LiverPhantom.build(coarse.withTumourDiameterMm(70), ProgressMonitor.NULL);
		StudySnapshot bigger = LiverPhantom.build(coarse.withTumourDiameterMm(90), ProgressMonitor.NULL);
		double ratio = volumeCc(bigger, "GTV") / volumeCc(smaller, "GTV");
		// same shape scaled by 90/70: volume ratio (9/7)^3 = 2.125
		assertEquals(Math.pow(90.0 / 70, 3), ratio, 0.05 * 2.125);
		StudySnapshot moved = LiverPhantom.build(coarse.withTumourDiameterMm(70).withTumourCentreOffsetMm(new Vec3(10, 0, -8)),
				ProgressMonitor.NULL);
		Vec3 c0 = PhantomDescription.centroid(mask(smaller, "GTV")).orElseThrow();
		Vec3 c1 = PhantomDescription.centroid(mask(moved, "GTV")).orElseThrow();
		// the GTV centroid follows the requested offset (10, 0, -8) mm to within a millimetre
		assertEquals(10, c1.x() - c0.x(), 1.0);
		assertEquals(0, c1.y() - c0.y(), 1.0);
		assertEquals(-8, c1.z() - c0.z(), 1.0);
	}

	@Test
	void necroticCoreIsDarkerThanTheSolidRim() {
		double core = meanHuWhereWhollyInside(defaults, "GTV_necrotic");
		double rim = meanHuWhereWhollyInside(defaults, "GTV_solid");
		assertTrue(core < rim, "core " + core + " HU, rim " + rim + " HU");
		// task brief: necrotic core about 10-20 HU, enhancing rim 40-70 HU
		assertTrue(core >= 10 && core <= 20, "core " + core + " HU");
		assertTrue(rim >= 40 && rim <= 70, "rim " + rim + " HU");
	}

	@Test
	void ctNumbersAreThoseOfTheTissues() {
		// textbook CT numbers (task brief): lung about -800, liver about 55, bone about 700, kidney about 30
		assertEquals(-800, meanHuWhereWhollyInside(defaults, "Lung_R"), 50);
		assertEquals(55, meanHuWhereWhollyInside(defaults, "Liver", "GTV"), 1); // parenchyma outside the tumour
		assertEquals(700, meanHuWhereWhollyInside(defaults, "Vertebra"), 1);
		assertEquals(30, meanHuWhereWhollyInside(defaults, "Kidney_L"), 1);
		FloatVolume ct = defaults.ctHu();
		assertEquals(-1000, ct.get(0, 0, 0), 0, "corner of the field is air");
		// subcutaneous fat at the front of the abdomen: x = 0, y = -105 mm (body outline at -115 mm)
		assertEquals(-100, ct.sampleTrilinear(new Vec3(0, -106.25, 1.25), Double.NaN), 1);
	}

	@Test
	void anatomyFollowsPatientCoordinates() {
		// LPS: the liver is on the patient's right (-x), the cord posterior (+y) to the vertebral body,
		// the lungs above (+z) the liver
		Vec3 liver = centroid("Liver"), cord = centroid("SpinalCord"), lungR = centroid("Lung_R"),
				stomach = centroid("Stomach"), kidneyL = centroid("Kidney_L");
		assertTrue(liver.x() < -30, "liver centroid " + liver);
		assertTrue(stomach.x() > 20, "stomach centroid " + stomach);
		assertTrue(kidneyL.x() > 40 && kidneyL.y() > 30, "left kidney " + kidneyL);
		// the vertebral body sits 32 mm in front of the cord; within one vertebra's height (34 mm) of any
		// level there is a voxel wholly of bone there
		Mask vertebra = mask(defaults, "Vertebra");
		Grid3 g = vertebra.grid();
		boolean boneInFront = false;
		for (double dz = -17; dz <= 17; dz += g.spacingMm().z()) {
			double[] ijk = g.toIndex(new Vec3(cord.x(), cord.y() - 32, cord.z() + dz));
			int i = (int) Math.round(ijk[0]), j = (int) Math.round(ijk[1]), k = (int) Math.round(ijk[2]);
			boneInFront |= vertebra.get(i, j, k) == 1f;
		}
		assertTrue(boneInFront, "bone anterior to the cord at " + cord);
		assertTrue(lungR.z() > liver.z() + 30, "lung base " + lungR + " above the liver " + liver);
	}

	@Test
	void invalidParametersNameTheField() {
		PhantomParameters d = PhantomParameters.defaults();
		Map<String, Runnable> bad = Map.of("spacingMm", () -> d.withSpacingMm(1.0), "tumourDiameterMm",
				() -> d.withTumourDiameterMm(200), "necroticCoreFraction", () -> d.withNecroticCoreFraction(0.95),
				"tumourLobulation", () -> d.withTumourLobulation(-0.1), "tumourCentreOffsetMm",
				() -> d.withTumourCentreOffsetMm(new Vec3(150, 0, 0)));
		for (var e : bad.entrySet()) {
			IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e.getValue()::run, e.getKey());
			assertTrue(ex.getMessage().startsWith(e.getKey()), ex.getMessage());
		}
	}

	@Test
	void cancellingStopsTheBuild() {
		AtomicInteger calls = new AtomicInteger();
		ProgressMonitor cancelAfterAFewSlices = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
			}

			@Override
			public void worked(long work) {
				calls.incrementAndGet();
			}

			@Override
			public boolean isCanceled() {
				return calls.get() > 3;
			}
		};
		assertThrows(CancelledException.class,
				() -> LiverPhantom.build(PhantomParameters.defaults().withSpacingMm(5), cancelAfterAFewSlices));
	}

	@Test
	void describeListsEveryStructureAsTableAndCsv() {
		PhantomDescription description = PhantomDescription.of(defaults);
		String csv = description.toCsv();
		String[] lines = csv.split("\n");
		assertEquals(1 + defaults.structures().size(), lines.length);
		String gtvLine = java.util.Arrays.stream(lines).filter(l -> l.startsWith("GTV,")).findFirst().orElseThrow();
		assertEquals(volumeCc(defaults, "GTV"), Double.parseDouble(gtvLine.split(",")[2]), 0.0005);
		assertTrue(description.toTable().contains("grid: 140 x 100 x 100 voxels at 2.50"), description.toTable());
	}

	private static Vec3 centroid(String name) {
		return PhantomDescription.centroid(mask(defaults, name)).orElseThrow();
	}

	private static double meanHuWhereWhollyInside(StudySnapshot s, String name) {
		return meanHuWhereWhollyInside(s, name, null);
	}

	private static double meanHuWhereWhollyInside(StudySnapshot s, String name, String excluding) {
		float[] f = mask(s, name).fraction(), hu = s.ctHu().values();
		float[] x = excluding == null ? new float[f.length] : mask(s, excluding).fraction();
		double sum = 0;
		int n = 0;
		for (int v = 0; v < f.length; v++) {
			if (f[v] == 1f && x[v] == 0f) {
				sum += hu[v];
				n++;
			}
		}
		assertTrue(n > 0, name + " has no whole voxel");
		return sum / n;
	}
}
