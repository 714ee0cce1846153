package org.latticebench.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.latticebench.core.BeamSpec;
import org.latticebench.core.CancelledException;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;

/** The template method's guarantees: validation, memory refusal, cancellation, results. */
class EngineContractTest {

	/** Cancels once {@code limit} units of work have been reported, and counts what came after. */
	static final class CancelAfter implements ProgressMonitor {
		final long limit;
		final AtomicLong worked = new AtomicLong();

		CancelAfter(long limit) {
			this.limit = limit;
		}

		@Override
		public void begin(String task, long totalWork) {
		}

		@Override
		public void worked(long work) {
			worked.addAndGet(work);
		}

		@Override
		public boolean isCanceled() {
			return worked.get() >= limit;
		}
	}

	private static DoseRequest small() {
		return WaterPhantom.request(WaterPhantom.water(), 1000, 100).withThreads(2);
	}

	@Test
	void resultCarriesEngineIdAndStatistics() {
		DoseResult r = new PencilBeamEngine().calculate(small(), ProgressMonitor.NULL);
		assertEquals("pencil-beam-6mv", r.engineId());
		assertEquals(1, r.stats().beams());
		assertEquals(WaterPhantom.plane().voxelCount(), r.stats().voxels());
		assertEquals(r.doseGy().max(), r.stats().maxDoseGy(), 0);
		assertTrue(r.stats().estimatedBytes() > 0);
	}

	@Test
	void cancellingAfterAFewWorkUnitsStopsTheDoseCalculation() {
		CancelAfter monitor = new CancelAfter(3);
		assertThrows(CancelledException.class, () -> new PencilBeamEngine().calculate(small(), monitor));
		// chunks already running may finish, one per thread; nothing new starts after cancelling
		assertTrue(monitor.worked.get() <= 3 + 2, "work after cancelling: " + monitor.worked.get());
	}

	@Test
	void cancellingStopsTheMatrixBuild() {
		CancelAfter monitor = new CancelAfter(5);
		assertThrows(CancelledException.class,
				() -> new PencilBeamEngine().buildMatrix(small(), BeamletSettings.defaults(), monitor));
		assertTrue(monitor.worked.get() <= 5 + 2, "work after cancelling: " + monitor.worked.get());
	}

	@Test
	void calculationExceedingTheHeapBudgetIsRefusedWithAdvice() {
		PencilBeamEngine tiny = new PencilBeamEngine(() -> 1024 * 1024);
		DoseMemoryException e = assertThrows(DoseMemoryException.class, () -> tiny.calculate(small(), ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("coarser dose grid"), e.getMessage());
		assertTrue(e.requiredBytes() > e.availableBytes());
	}

	@Test
	void matrixExceedingTheHeapBudgetIsRefusedBeforeBuilding() {
		DoseRequest r = small();
		long needed = new PencilBeamEngine().estimateMatrix(r, BeamletSettings.defaults()).bytes();
		PencilBeamEngine budget = new PencilBeamEngine(() -> needed / 2);
		CancelAfter monitor = new CancelAfter(Long.MAX_VALUE);
		DoseMemoryException e = assertThrows(DoseMemoryException.class,
				() -> budget.buildMatrix(r, BeamletSettings.defaults(), monitor));
		assertTrue(e.getMessage().contains("larger beamlets"), e.getMessage());
		assertEquals(0, monitor.worked.get(), "refused before any work");
	}

	@Test
	void fluenceCountMustMatchBeamCount() {
		DoseRequest r = small();
		DoseRequest bad = r.withFluences(List.of(r.fluences().get(0), r.fluences().get(0)));
		InvalidDoseRequestException e = assertThrows(InvalidDoseRequestException.class,
				() -> new PencilBeamEngine().calculate(bad, ProgressMonitor.NULL));
		assertEquals(Optional.of("fluences"), e.attribute());
	}

	@Test
	void negativeBeamletWeightIsRejectedNamingTheBeam() {
		DoseRequest r = small();
		float[] w = r.fluences().get(0).weights().clone();
		w[3] = -1;
		DoseRequest bad = r.withFluences(List.of(r.fluences().get(0).withWeights(w)));
		InvalidDoseRequestException e = assertThrows(InvalidDoseRequestException.class,
				() -> new PencilBeamEngine().calculate(bad, ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("AP") && e.getMessage().contains("weight 3"), e.getMessage());
	}

	@Test
	void bodyMaskOnAnotherGridIsRejected() {
		Grid3 other = Grid3.axisAligned(Vec3.ZERO, new Vec3(3, 3, 3), 4, 4, 4);
		float[] f = new float[other.voxelCount()];
		f[0] = 1;
		DoseRequest bad = small().withBody(new Mask(other, f));
		InvalidDoseRequestException e = assertThrows(InvalidDoseRequestException.class,
				() -> new PencilBeamEngine().calculate(bad, ProgressMonitor.NULL));
		assertEquals(Optional.of("body mask"), e.attribute());
	}

	@Test
	void doseGridFinerThanHalfAMillimetreIsRejected() {
		DoseRequest r = small();
		Grid3 fine = Grid3.axisAligned(Vec3.ZERO, new Vec3(0.2, 0.2, 0.2), 10, 10, 10);
		DoseRequest bad = new DoseRequest(r.ctHu(), fine, r.beams(), r.fluences(), Optional.empty(), r.huTable(), 1);
		assertThrows(InvalidDoseRequestException.class, () -> new PencilBeamEngine().calculate(bad, ProgressMonitor.NULL));
	}

	@Test
	void eighteenMvBeamsAreNotApplicable() {
		DoseRequest r = small();
		BeamSpec hi = new BeamSpec("HI", 0, 0, 0, new Vec3(0, 0, 0), 18, 1000);
		DoseRequest bad = new DoseRequest(r.ctHu(), r.doseGrid(), List.of(hi), r.fluences(), r.body(), r.huTable(), 1);
		PencilBeamEngine engine = new PencilBeamEngine();
		assertFalse(engine.isApplicable(bad));
		assertTrue(engine.isApplicable(r));
		assertThrows(InvalidDoseRequestException.class, () -> engine.calculate(bad, ProgressMonitor.NULL));
	}

	@Test
	void lateralBeamFromGantry90EntersThroughThePatientsLeft() {
		// IEC 61217, head-first supine: gantry 90 puts the source on the patient's left (+x in LPS)
		Grid3 axial = Grid3.axisAligned(new Vec3(-150, 0, 0), new Vec3(3, 3, 3), 101, 100, 1);
		BeamSpec lateral = BeamSpec.of6Mv("G090", 90, 0, new Vec3(0, 150, 0));
		DoseRequest r = DoseRequest.of(WaterPhantom.water(), axial, List.of(lateral),
				List.of(FluenceMap.openField(50, 50, 5, 1f))).withHuTable(HuDensityTable.waterAirLine()).withThreads(2);
		var dose = new PencilBeamEngine().calculate(r, ProgressMonitor.NULL).doseGy();
		int row = 50; // y = 150 mm, the isocentre depth
		assertTrue(dose.get(90, row, 0) > 1.5 * dose.get(10, row, 0),
				"left (x=+120) " + dose.get(90, row, 0) + " vs right (x=-120) " + dose.get(10, row, 0));
	}
}
