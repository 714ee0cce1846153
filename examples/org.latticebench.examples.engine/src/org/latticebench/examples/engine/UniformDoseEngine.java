package org.latticebench.examples.engine;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.dose.AbstractDoseEngine;
import org.latticebench.dose.DoseEngine;
import org.latticebench.dose.DoseRequest;
import org.latticebench.dose.FluenceMap;
import org.osgi.service.component.annotations.Component;

/**
 * Example plug-in dose engine for teaching: "uniform prescription dose". There is no physics.
 * Every voxel of the dose grid that the body mask touches (every voxel when there is none) receives the
 * same dose,
 * <pre>
 *   D = sum over beams b of  mean(w) over the beamlets of b with weight w &gt; 0,   in Gy,
 * </pre>
 * and voxels outside the body receive 0 Gy. An open field of weight 1 thus gives 1 Gy, which is
 * the calibration of {@link org.latticebench.dose.DoseResult} (1 Gy at the depth of maximum dose).
 * Scale the weights so that D equals a prescription and the whole patient gets exactly the
 * prescription: a reference to which a real engine's heterogeneity can be compared, and the
 * smallest complete {@link DoseEngine}.
 * <p>
 * It extends {@link AbstractDoseEngine}, which validates the request, checks memory, times the
 * run and handles cancellation; the subclass supplies only {@link #estimateBytes} and
 * {@link #computeDose}.
 */
@Component(service = DoseEngine.class, property = { "id=" + UniformDoseEngine.ID, "name=" + UniformDoseEngine.NAME,
		"description=Teaching engine without physics: the body gets the sum over beams of the mean beamlet weight, in Gy" })
public final class UniformDoseEngine extends AbstractDoseEngine {

	public static final String ID = "uniform-teaching";
	public static final String NAME = "Uniform prescription dose (teaching)";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return NAME;
	}

	/** Any beam energy: the engine ignores the physics. */
	@Override
	public boolean isApplicable(DoseRequest request) {
		return request != null && !request.beams().isEmpty();
	}

	/** The dose array, float32. */
	@Override
	protected long estimateBytes(DoseRequest request) {
		return 4L * request.doseGrid().voxelCount();
	}

	@Override
	protected FloatVolume computeDose(DoseRequest request, ProgressMonitor monitor) {
		float doseGy = (float) uniformDoseGy(request);
		Grid3 grid = request.doseGrid();
		float[] dose = new float[grid.voxelCount()];
		Mask body = request.body().orElse(null);
		int sliceSize = grid.nx() * grid.ny();
		monitor.begin("Dose (" + NAME + ")", grid.nz());
		for (int k = 0; k < grid.nz(); k++) {
			monitor.checkCanceled();
			for (int i = k * sliceSize; i < (k + 1) * sliceSize; i++) {
				// as in the built-in engine, a voxel the body mask touches at all is inside
				dose[i] = body == null || body.fraction()[i] > 0f ? doseGy : 0f;
			}
			monitor.worked(1);
		}
		return new FloatVolume(grid, dose);
	}

	/** The dose every body voxel receives: the sum over beams of the mean positive beamlet weight, Gy. */
	public static double uniformDoseGy(DoseRequest request) {
		double sum = 0;
		for (FluenceMap map : request.fluences()) {
			double total = 0;
			int active = 0;
			for (float w : map.weights()) {
				if (w > 0) {
					total += w;
					active++;
				}
			}
			sum += active == 0 ? 0 : total / active;
		}
		return sum;
	}
}
