package org.latticebench.dose;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.Vec3;

/**
 * Template for engines: {@link #calculate} validates the request, refuses it before allocating
 * when the engine's memory estimate exceeds the available heap, times the run and reports
 * progress; the subclass supplies {@link #estimateBytes} and {@link #computeDose}. Subclasses
 * check {@link ProgressMonitor#isCanceled()} at least every 0.5 s of work and throw
 * {@link org.latticebench.core.CancelledException}.
 *
 * @since 0.1
 */
public abstract class AbstractDoseEngine implements DoseEngine {

	/** Dose-grid spacing accepted by the validation, mm. */
	public static final double MIN_SPACING_MM = 0.5, MAX_SPACING_MM = 10;

	private final LongSupplier availableHeapBytes;

	protected AbstractDoseEngine() {
		this(AbstractDoseEngine::availableHeap);
	}

	/** @param availableHeapBytes the heap budget (tests pass a small one to exercise the refusal) */
	protected AbstractDoseEngine(LongSupplier availableHeapBytes) {
		this.availableHeapBytes = availableHeapBytes;
	}

	/** Heap that can still be allocated: the maximum heap minus what is in use. */
	public static long availableHeap() {
		Runtime rt = Runtime.getRuntime();
		return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
	}

	@Override
	public final DoseResult calculate(DoseRequest request, ProgressMonitor monitor) {
		Objects.requireNonNull(monitor, "monitor");
		long start = System.nanoTime();
		validate(request);
		if (!isApplicable(request)) {
			throw new InvalidDoseRequestException("beams", "engine '" + id() + "' cannot compute these beams: "
					+ request.beams().stream().map(b -> b.name() + " " + b.nominalEnergyMv() + " MV").toList());
		}
		long bytes = estimateBytes(request);
		requireMemory("dose calculation on " + request.doseGrid(), bytes,
				"use a coarser dose grid (e.g. 3 mm instead of 2 mm) or a body mask that excludes air");
		monitor.checkCanceled();
		long physicsStart = System.nanoTime();
		FloatVolume dose;
		try {
			dose = computeDose(request, monitor);
		} finally {
			monitor.done();
		}
		long end = System.nanoTime();
		int voxels = request.body().map(Mask::voxelsInside).orElse(request.doseGrid().voxelCount());
		return new DoseResult(dose, id(), new DoseResult.DoseStats(Duration.ofNanos(end - start),
				Duration.ofNanos(end - physicsStart), voxels, request.beams().size(), request.threads(), bytes, dose.max()));
	}

	/** Throws {@link DoseMemoryException} when {@code bytes} exceed the available heap. */
	protected final void requireMemory(String what, long bytes, String suggestion) {
		long available = availableHeapBytes.getAsLong();
		if (bytes > available) {
			throw new DoseMemoryException(what, bytes, available, suggestion);
		}
	}

	/** Estimated peak heap of {@link #computeDose}, bytes. */
	protected abstract long estimateBytes(DoseRequest request);

	/** The physics: dose on the request's dose grid in Gy; never null. */
	protected abstract FloatVolume computeDose(DoseRequest request, ProgressMonitor monitor);

	/** Checks what every engine needs; names the field and beam at fault. */
	public static void validate(DoseRequest request) {
		if (request == null) {
			throw new InvalidDoseRequestException("request", "is missing");
		}
		if (request.ctHu() == null || request.doseGrid() == null || request.body() == null || request.huTable() == null) {
			throw new InvalidDoseRequestException("request", "CT, dose grid, body and HU table must all be given");
		}
		if (request.threads() < 1) {
			throw new InvalidDoseRequestException("threads", "must be at least 1, got " + request.threads());
		}
		Grid3 dg = request.doseGrid();
		Vec3 sp = dg.spacingMm();
		for (int a = 0; a < 3; a++) {
			if (sp.get(a) < MIN_SPACING_MM || sp.get(a) > MAX_SPACING_MM) {
				throw new InvalidDoseRequestException("dose grid spacing",
						"must be within [" + MIN_SPACING_MM + ", " + MAX_SPACING_MM + "] mm, got " + sp);
			}
		}
		float[] hu = request.ctHu().values();
		for (int i = 0; i < hu.length; i++) {
			if (!Float.isFinite(hu[i])) {
				throw new InvalidDoseRequestException("CT", "voxel " + i + " is not a finite HU value");
			}
		}
		if (!overlaps(request.ctHu().grid(), dg)) {
			throw new InvalidDoseRequestException("dose grid", "does not overlap the CT (" + dg + " vs " + request.ctHu().grid() + ")");
		}
		if (request.beams().isEmpty()) {
			throw new InvalidDoseRequestException("beams", "at least one beam is needed");
		}
		if (request.fluences().size() != request.beams().size()) {
			throw new InvalidDoseRequestException("fluences",
					request.fluences().size() + " fluence maps for " + request.beams().size() + " beams");
		}
		for (int b = 0; b < request.beams().size(); b++) {
			BeamSpec beam = request.beams().get(b);
			FluenceMap fm = request.fluences().get(b);
			if (fm.beamletSizeMm() < 1 || fm.beamletSizeMm() > 50) {
				throw new InvalidDoseRequestException("fluence of beam " + beam.name(),
						"beamlet size must be within [1, 50] mm, got " + fm.beamletSizeMm());
			}
			float[] w = fm.weights();
			for (int i = 0; i < w.length; i++) {
				if (!Float.isFinite(w[i]) || w[i] < 0) {
					throw new InvalidDoseRequestException("fluence of beam " + beam.name(),
							"weight " + i + " must be finite and non-negative, got " + w[i]);
				}
			}
			if (beam.sadMm() < 500) {
				throw new InvalidDoseRequestException("beam " + beam.name(), "SAD must be at least 500 mm, got " + beam.sadMm());
			}
		}
		if (request.body().isPresent()) {
			Mask body = request.body().get();
			if (!body.grid().sameGeometry(dg)) {
				throw new InvalidDoseRequestException("body mask", "its grid " + body.grid() + " differs from the dose grid " + dg);
			}
			if (body.isEmpty()) {
				throw new InvalidDoseRequestException("body mask", "is empty");
			}
		}
	}

	private static boolean overlaps(Grid3 a, Grid3 b) {
		Vec3[] ba = a.boundsMm(), bb = b.boundsMm();
		for (int ax = 0; ax < 3; ax++) {
			double ha = a.spacingMm().get(ax) / 2, hb = b.spacingMm().get(ax) / 2;
			if (ba[1].get(ax) + ha < bb[0].get(ax) - hb || bb[1].get(ax) + hb < ba[0].get(ax) - ha) {
				return false;
			}
		}
		return true;
	}
}
