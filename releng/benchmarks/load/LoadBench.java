import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.core.Vec3;
import org.latticebench.dicom.DicomExporter;
import org.latticebench.dicom.DoseExport;
import org.latticebench.dicom.ExportRequest;
import org.latticebench.dicom.internal.DicomStudyImporter;
import org.latticebench.evaluation.DvhSettings;
import org.latticebench.evaluation.PlanComparison;
import org.latticebench.evaluation.PlanEvaluation;
import org.latticebench.evaluation.internal.MetricRegistryComponent;
import org.latticebench.model.Study;
import org.latticebench.model.io.ImportResult;
import org.latticebench.model.io.StudyStore;
import org.latticebench.model.snapshot.Snapshots;
import org.latticebench.render.PngWriter;
import org.latticebench.render.Raster;
import org.latticebench.render.SlicePlane;
import org.latticebench.render.SliceRenderer;
import org.latticebench.render.SliceScene;
import org.latticebench.render.SliceStyle;
import org.latticebench.render.WindowPreset;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Load figures for issue 14 (not a test; run with ./run.sh): a synthetic 512 x 512 x 300 CT
 * (0.977 x 0.977 x 2 mm) with 200 ellipsoid structures is exported with our DICOM-RT exporter to
 * a temporary folder and imported back through the product's importer (DicomStudyImporter, which
 * rasterises each structure on its box of the CT), saved and reloaded with StudyStore; the 200
 * structures' DVHs are computed on a 3 mm dose, one axial slice rendered with every outline, and 12
 * plans evaluated and put in one comparison table. Prints wall time per phase, the heap's peak use (sum of the heap pools' peaks)
 * and the largest heap left after a garbage collection (what the phase keeps alive).
 */
public final class LoadBench {

	static final int NX = 512, NY = 512, NZ = 300, STRUCTURES = 200, PLANS = 12;
	static final Grid3 CT = Grid3.axisAligned(new Vec3(-249.51, -249.51, -299), new Vec3(500.0 / 512, 500.0 / 512, 2), NX, NY, NZ);
	/** Body: an elliptic cylinder of 200 x 150 mm semi-axes, the whole CT length. */
	static final double BODY_A_MM = 200, BODY_B_MM = 150;

	static final AtomicLong maxAfterGc = new AtomicLong();

	public static void main(String[] args) throws IOException {
		watchGcs();
		Path tmp = Files.createTempDirectory("lb-load");
		try {
			run(tmp);
		} finally {
			try (Stream<Path> s = Files.walk(tmp)) {
				s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	static void run(Path tmp) throws IOException {
		Runtime rt = Runtime.getRuntime();
		System.out.printf(Locale.ROOT, "LoadBench: CT %s (%.0f MB of HU), %d structures, %d plans; -Xmx %d MB, %d processors%n", CT,
				CT.voxelCount() * 4.0 / 1e6, STRUCTURES, PLANS, rt.maxMemory() >> 20, rt.availableProcessors());

		begin();
		StudySnapshot study = syntheticStudy();
		Grid3 doseGrid = Grid3.axisAligned(new Vec3(-201, -153, -299), new Vec3(3, 3, 3), 135, 103, 200);
		FloatVolume dose = dose(doseGrid, 0);
		end("build synthetic study and dose (setup)");

		begin();
		Path dicom = tmp.resolve("dicom");
		DicomExporter.export(ExportRequest.of(study).withDose(DoseExport.physical("load", dose)), dicom, ProgressMonitor.NULL);
		long bytes;
		int files;
		try (Stream<Path> s = Files.list(dicom)) {
			List<Path> all = s.toList();
			files = all.size();
			bytes = 0;
			for (Path p : all) {
				bytes += Files.size(p);
			}
		}
		end(String.format(Locale.ROOT, "export with DicomExporter (setup): %d files, %.0f MB", files, bytes / 1e6));
		study = null;

		begin();
		ImportResult result = new DicomStudyImporter().importWithWarnings(dicom, ProgressMonitor.NULL);
		StudySnapshot imported = Snapshots.toSnapshot(result.study());
		long maskBytes = 0;
		for (StructureSnapshot s : imported.structures()) {
			maskBytes += s.mask().orElseThrow().fraction().length * 4L;
		}
		end(String.format(Locale.ROOT, "IMPORT (DicomStudyImporter, the StudyImporter service): %d structures, %d contours, %d plans"
				+ " with dose, %d warnings; masks on their boxes of the CT: %.0f MB (whole-grid masks would be %.1f GB)",
				imported.structures().size(), imported.structures().stream().mapToInt(s -> s.contours().size()).sum(),
				result.study().getPlans().size(), result.warnings().size(), maskBytes / 1e6,
				CT.voxelCount() * 4.0 * STRUCTURES / 1e9));

		begin();
		Path saved = tmp.resolve("study");
		StudyStore.save(result.study(), saved);
		long savedBytes;
		try (Stream<Path> s = Files.walk(saved)) {
			savedBytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
		Study reloaded = StudyStore.load(saved);
		StudySnapshot again = Snapshots.toSnapshot(reloaded);
		int same = 0;
		for (int n = 0; n < again.structures().size(); n++) {
			same += again.structures().get(n).mask().equals(imported.structures().get(n).mask()) ? 1 : 0;
		}
		end(String.format(Locale.ROOT, "SAVE and LOAD with StudyStore: %.0f MB on disk; %d of %d masks identical after the round trip",
				savedBytes / 1e6, same, again.structures().size()));
		reloaded = null;
		again = null;

		List<StructureSnapshot> structures = imported.structures();
		FloatVolume ct = imported.ctHu();
		FloatVolume importedDose = Snapshots.dose(result.study().getPlans().get(0).getDoses().get(0));
		result = null;
		imported = null;

		begin();
		PlanEvaluation one = PlanEvaluation.compute("load", importedDose, structures, Map.of(), DvhSettings.DEFAULT, ProgressMonitor.NULL);
		end(String.format(Locale.ROOT, "EVALUATE: DVHs of %d structures on the %s dose (%d not evaluated)", one.structures().size(),
				doseGrid, one.notEvaluated().size()));
		one = null;

		begin();
		List<SliceScene.Outline> outlines = structures.stream().map(s -> new SliceScene.Outline(s.name(), s.colorRgb(), s.mask().get(), 1))
				.toList();
		SlicePlane plane = new SlicePlane(SlicePlane.Orientation.AXIAL, NZ / 2);
		Raster slice = SliceRenderer.render(new SliceScene(ct, java.util.Optional.of(importedDose), outlines), plane,
				SliceStyle.of(WindowPreset.ABDOMEN, 0.977, 5, 60, 20, 40, 55));
		Path png = Path.of(System.getProperty("java.io.tmpdir"), "lb-load-slice.png");
		try (OutputStream out = Files.newOutputStream(png)) {
			PngWriter.write(slice, out);
		}
		end(String.format(Locale.ROOT, "RENDER axial slice %d with %d outlines and the dose wash: %d x %d px (%s)", NZ / 2, outlines.size(),
				slice.width(), slice.height(), png));

		begin();
		List<PlanEvaluation> plans = new ArrayList<>();
		for (int p = 0; p < PLANS; p++) {
			plans.add(PlanEvaluation.compute("plan-" + (p + 1), p == 0 ? importedDose : dose(doseGrid, p), structures, Map.of(),
					DvhSettings.DEFAULT, ProgressMonitor.NULL));
		}
		List<PlanComparison.Request> requests = new ArrayList<>();
		for (StructureSnapshot s : structures) {
			for (String metric : List.of("Dmean", "D95%", "D2%", "Dmax")) {
				requests.add(new PlanComparison.Request(s.name(), metric));
			}
		}
		PlanComparison.Table table = PlanComparison.compare(plans, 0, requests, new MetricRegistryComponent());
		end(String.format(Locale.ROOT, "12 PLANS: %d DVHs and a comparison table of %d rows x %d plans", PLANS * structures.size(),
				table.rows().size(), table.planNames().size()));
	}

	/** 200 ellipsoids inside the body, seeded; contours every 2 mm slice, 48 points each. */
	static StudySnapshot syntheticStudy() {
		float[] hu = new float[CT.voxelCount()];
		for (int k = 0; k < NZ; k++) {
			for (int j = 0; j < NY; j++) {
				for (int i = 0; i < NX; i++) {
					Vec3 p = CT.toPatientMm(i, j, k);
					double r = Math.pow(p.x() / BODY_A_MM, 2) + Math.pow(p.y() / BODY_B_MM, 2);
					hu[CT.index(i, j, k)] = r <= 1 ? (float) (20 + 10 * Math.sin(0.05 * p.x())) : -1000f;
				}
			}
		}
		Random random = new Random(14);
		List<StructureSnapshot> structures = new ArrayList<>();
		for (int s = 0; s < STRUCTURES; s++) {
			double ax = 6 + 24 * random.nextDouble(), ay = 6 + 24 * random.nextDouble(), az = 6 + 24 * random.nextDouble();
			double cx = (BODY_A_MM - 40) * (2 * random.nextDouble() - 1), cy = (BODY_B_MM - 40) * (2 * random.nextDouble() - 1);
			double cz = -260 + 260 * random.nextDouble();
			List<PlanarContour> contours = new ArrayList<>();
			for (int k = 0; k < NZ; k++) {
				double z = CT.toPatientMm(0, 0, k).z();
				double f = 1 - Math.pow((z - cz) / az, 2);
				if (f <= 0.01) {
					continue;
				}
				double[] pts = new double[3 * 48];
				for (int n = 0; n < 48; n++) {
					double t = 2 * Math.PI * n / 48;
					pts[3 * n] = cx + ax * Math.sqrt(f) * Math.cos(t);
					pts[3 * n + 1] = cy + ay * Math.sqrt(f) * Math.sin(t);
					pts[3 * n + 2] = z;
				}
				contours.add(new PlanarContour(pts));
			}
			StructureRole role = s < 10 ? StructureRole.TARGET : StructureRole.OAR;
			structures.add(new StructureSnapshot(String.format(Locale.ROOT, "S%03d", s + 1), role, 0x404040 + random.nextInt(0xBFBFBF),
					role == StructureRole.TARGET ? 10 : 3, contours, java.util.Optional.empty()));
		}
		return new StudySnapshot("Load^Synthetic", "LOAD-1", new FloatVolume(CT, hu), structures);
	}

	/** A Gaussian dose, 40 Gy + 2 Gy per plan at its peak, sigma 80 mm, its centre moved 3 mm per plan. */
	static FloatVolume dose(Grid3 g, int plan) {
		float[] d = new float[g.voxelCount()];
		double peak = 40 + 2 * plan, shift = 3 * plan;
		for (int k = 0; k < g.nz(); k++) {
			for (int j = 0; j < g.ny(); j++) {
				for (int i = 0; i < g.nx(); i++) {
					Vec3 p = g.toPatientMm(i, j, k);
					double r2 = Math.pow(p.x() - shift, 2) + p.y() * p.y() + Math.pow(p.z() + 150, 2);
					d[g.index(i, j, k)] = (float) (peak * Math.exp(-r2 / (2 * 80 * 80)));
				}
			}
		}
		return new FloatVolume(g, d);
	}

	private static long t0;

	static void begin() {
		System.gc();
		maxAfterGc.set(0);
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
		t0 = System.nanoTime();
	}

	static void end(String what) {
		double s = (System.nanoTime() - t0) / 1e9;
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.printf(Locale.ROOT, "%-110s %8.2f s  peak heap %6d MB  max after GC %6d MB%n", what, s, peak >> 20,
				maxAfterGc.get() >> 20);
	}

	/** Heap in use after each collection, from the JVM's GC notifications. */
	static void watchGcs() {
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) gc).addNotificationListener((n, h) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
					var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
					long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
					maxAfterGc.accumulateAndGet(used, Math::max);
				}
			}, null, null);
		}
	}
}
