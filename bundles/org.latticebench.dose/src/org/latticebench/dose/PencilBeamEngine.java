package org.latticebench.dose;

import java.util.Objects;
import java.util.function.LongSupplier;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.dose.internal.CoarseLattice;
import org.latticebench.dose.internal.DirectDose;
import org.latticebench.dose.internal.MatrixBuilder;
import org.latticebench.dose.internal.MatrixData;
import org.latticebench.dose.internal.Parallel;
import org.latticebench.dose.internal.PreparedRequest;
import org.osgi.service.component.annotations.Component;

/**
 * The built-in 6 MV photon pencil-beam engine: radiological depth by exact ray tracing through
 * the electron density, a depth-dose term with build-up, and a lateral kernel of three Gaussians
 * (narrow primary, wide primary, depth-dependent phantom scatter) convolved with a source
 * penumbra, with inverse-square divergence. The model and its published sources are described
 * in {@code org.latticebench.dose.internal.BeamModel6MV}.
 * <p>
 * Besides the final dose ({@link #calculate}) it builds dose-influence matrices for fluence
 * optimisation ({@link #buildMatrix}). Work runs on a ForkJoinPool of {@code request.threads()}
 * threads with results independent of that number.
 *
 * @since 0.1
 */
@Component(service = { DoseEngine.class, PencilBeamEngine.class }, property = { "id=" + PencilBeamEngine.ID,
		"name=" + PencilBeamEngine.NAME,
		"description=6 MV photon pencil-beam superposition: Siddon radiological depth, three-Gaussian lateral kernel, inverse square" })
public final class PencilBeamEngine extends AbstractDoseEngine {

	public static final String ID = "pencil-beam-6mv";
	public static final String NAME = "Pencil beam 6 MV";

	public PencilBeamEngine() {
		super();
	}

	/** An engine with an explicit heap budget (tests use a small one). */
	public PencilBeamEngine(LongSupplier availableHeapBytes) {
		super(availableHeapBytes);
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return NAME;
	}

	/** 6 MV-class beams (nominal energy 4–8 MV). */
	@Override
	public boolean isApplicable(DoseRequest request) {
		return request != null && !request.beams().isEmpty()
				&& request.beams().stream().allMatch(b -> b.nominalEnergyMv() >= 4 && b.nominalEnergyMv() <= 8);
	}

	@Override
	protected long estimateBytes(DoseRequest request) {
		long rows = request.body().map(m -> (long) m.voxelsInside()).orElse((long) request.doseGrid().voxelCount());
		long grid = request.doseGrid().voxelCount();
		int stride = CoarseLattice.autoStride(request.doseGrid());
		long nodes = grid / ((long) stride * stride * stride) + 1;
		long ct = request.ctHu().grid().voxelCount();
		// density copy, rows and row map, row dose and result, per-beam geometry and kernels, ray table
		return 4 * ct + 4 * (rows + grid) + 4 * (rows + grid) + (rows + nodes) * 40 + 8 * nodes + 256L * 1024 * 1024;
	}

	@Override
	protected FloatVolume computeDose(DoseRequest request, ProgressMonitor monitor) {
		PreparedRequest prep = PreparedRequest.of(request, CoarseLattice.autoStride(request.doseGrid()));
		monitor.begin("Dose (" + NAME + ")", DirectDose.workUnits(prep));
		try (Parallel parallel = new Parallel(request.threads(), monitor)) {
			return DirectDose.compute(prep, parallel);
		}
	}

	/** Estimates the size of the matrix {@link #buildMatrix} would build, without building it. */
	public MatrixSizeEstimate estimateMatrix(DoseRequest request, BeamletSettings settings) {
		validate(request);
		return MatrixBuilder.estimate(prepare(request, settings), settings);
	}

	/**
	 * Builds the dose-influence matrix of the request's active beamlets (weights > 0).
	 *
	 * @throws InvalidDoseRequestException when the request is not valid for this engine
	 * @throws DoseMemoryException         when the estimated size exceeds the available heap
	 * @throws org.latticebench.core.CancelledException when the monitor asks to stop
	 */
	public DoseInfluenceMatrix buildMatrix(DoseRequest request, BeamletSettings settings, ProgressMonitor monitor) {
		Objects.requireNonNull(settings, "settings");
		Objects.requireNonNull(monitor, "monitor");
		validate(request);
		if (!isApplicable(request)) {
			throw new InvalidDoseRequestException("beams", "engine '" + ID + "' computes 6 MV-class beams only");
		}
		PreparedRequest prep = prepare(request, settings);
		MatrixSizeEstimate estimate = MatrixBuilder.estimate(prep, settings);
		requireMemory("dose-influence matrix (" + estimate.columns() + " beamlets, about " + estimate.nonZeros()
				+ " non-zeros)", estimate.bytes(),
				"use a coarser dose grid, larger beamlets (e.g. 5 mm), a smaller tail cut-off or a larger tail stride");
		if (estimate.nonZeros() > Integer.MAX_VALUE / 2) {
			throw new DoseMemoryException("dose-influence matrix", estimate.bytes(), 8L * Integer.MAX_VALUE / 2,
					"use a coarser dose grid or larger beamlets");
		}
		monitor.begin("Dose-influence matrix (" + NAME + ")", MatrixBuilder.workUnits(prep, estimate.columns()));
		try (Parallel parallel = new Parallel(request.threads(), monitor)) {
			MatrixData data = MatrixBuilder.build(prep, settings, parallel);
			return new DoseInfluenceMatrix(data, request.threads());
		} finally {
			monitor.done();
		}
	}

	private static PreparedRequest prepare(DoseRequest request, BeamletSettings settings) {
		int stride = settings.tailStride() == 0 ? CoarseLattice.autoStride(request.doseGrid()) : settings.tailStride();
		return PreparedRequest.of(request, stride);
	}
}
