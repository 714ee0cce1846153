package org.latticebench.dose;

import java.util.List;
import java.util.Optional;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.Mask;

/**
 * An immutable snapshot of everything a dose engine needs. Arrays inside the volumes and maps
 * are shared, not copied: callers must not modify them while a calculation runs.
 *
 * @param ctHu        the CT in Hounsfield units, on its own grid
 * @param doseGrid    where dose is computed (2–3 mm typical; may differ from the CT grid)
 * @param beams       the beams, in plan order
 * @param fluences    one fluence map per beam, same order
 * @param body        voxels of the dose grid where dose is computed; elsewhere dose is 0
 * @param huTable     CT number to relative electron density
 * @param threads     worker threads (at least 1)
 * @since 0.1
 */
public record DoseRequest(FloatVolume ctHu, Grid3 doseGrid, List<BeamSpec> beams, List<FluenceMap> fluences,
		Optional<Mask> body, HuDensityTable huTable, int threads) {

	public DoseRequest {
		beams = List.copyOf(beams);
		fluences = List.copyOf(fluences);
	}

	/** A request with no body mask, the generic HU table and one thread per processor. */
	public static DoseRequest of(FloatVolume ctHu, Grid3 doseGrid, List<BeamSpec> beams, List<FluenceMap> fluences) {
		return new DoseRequest(ctHu, doseGrid, beams, fluences, Optional.empty(), HuDensityTable.generic(),
				defaultThreads());
	}

	public static int defaultThreads() {
		return Runtime.getRuntime().availableProcessors();
	}

	public DoseRequest withBody(Mask bodyMask) {
		return new DoseRequest(ctHu, doseGrid, beams, fluences, Optional.of(bodyMask), huTable, threads);
	}

	public DoseRequest withHuTable(HuDensityTable table) {
		return new DoseRequest(ctHu, doseGrid, beams, fluences, body, table, threads);
	}

	public DoseRequest withThreads(int threadCount) {
		return new DoseRequest(ctHu, doseGrid, beams, fluences, body, huTable, threadCount);
	}

	public DoseRequest withFluences(List<FluenceMap> newFluences) {
		return new DoseRequest(ctHu, doseGrid, beams, newFluences, body, huTable, threads);
	}
}
