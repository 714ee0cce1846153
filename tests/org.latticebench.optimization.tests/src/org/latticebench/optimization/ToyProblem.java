package org.latticebench.optimization;

import java.util.List;
import java.util.Map;

import org.latticebench.core.ObjectiveSpec;
import org.latticebench.core.ObjectiveSpec.Type;

/**
 * A 1D "dose" problem: 200 voxels of 1 mm, 50 Gaussian beamlets (σ = 4 mm, 1 Gy at the centre per
 * unit weight) every 4 mm, a 40 mm target (voxels 80..119) and normal tissue from 10 mm outside it.
 */
final class ToyProblem {

	static final int VOXELS = 200;
	static final int BEAMLETS = 50;
	/** sbrt-50-5: PTV 50 Gy (DOMAIN.md regimen table). */
	static final double PRESCRIPTION_GY = 50;

	private ToyProblem() {
	}

	static DenseDoseOperator operator(int threads) {
		float[] m = new float[VOXELS * BEAMLETS];
		double sigmaMm = 4;
		for (int v = 0; v < VOXELS; v++) {
			double xMm = v + 0.5;
			for (int b = 0; b < BEAMLETS; b++) {
				double c = 4 * b + 2;
				m[v * BEAMLETS + b] = (float) Math.exp(-(xMm - c) * (xMm - c) / (2 * sigmaMm * sigmaMm));
			}
		}
		return new DenseDoseOperator(m, VOXELS, BEAMLETS, threads);
	}

	static StructureVoxels range(int from, int toExclusive) {
		int[] rows = new int[toExclusive - from];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = from + i;
		}
		return StructureVoxels.whole(rows);
	}

	static StructureVoxels target() {
		return range(80, 120);
	}

	static StructureVoxels normalTissue() {
		int[] rows = new int[140];
		for (int i = 0; i < 70; i++) {
			rows[i] = i;
			rows[70 + i] = 130 + i;
		}
		return StructureVoxels.whole(rows);
	}

	static Map<String, StructureVoxels> structures() {
		return Map.of("PTV", target(), "Normal", normalTissue());
	}

	/** The min/max pair at the prescription plus a normal-tissue limit. */
	static List<ObjectiveSpec> specs() {
		return List.of(ObjectiveSpec.of(Type.MIN_DOSE, "PTV", PRESCRIPTION_GY, 100),
				ObjectiveSpec.of(Type.MAX_DOSE, "PTV", PRESCRIPTION_GY, 100),
				ObjectiveSpec.of(Type.MAX_DOSE, "Normal", 20, 1));
	}

	static List<ObjectiveTerm> terms() {
		return ObjectiveFactory.builtIn().terms(specs(), structures(), VOXELS);
	}

	static float[] dose(DoseOperator op, float[] weights) {
		float[] d = new float[op.voxelCount()];
		op.multiply(weights, d);
		return d;
	}
}
