package org.latticebench.optimization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.ObjectiveSpec;
import org.latticebench.core.ObjectiveSpec.Type;

class ObjectiveFactoryTest {

	/** A plug-in type: the (linear) volume-weighted mean dose, scaled by an extra parameter. */
	static final class MeanDoseProvider implements ObjectiveProvider {
		private final String id;

		MeanDoseProvider(String id) {
			this.id = id;
		}

		@Override
		public String id() {
			return id;
		}

		@Override
		public String name() {
			return "Linear mean dose";
		}

		@Override
		public Objective create(String structureName, ObjectiveParameters p, StructureVoxels v) {
			double scale = p.extra("scale").orElse(1.0);
			return new Objective() {
				@Override
				public double value(double[] d) {
					return valueAndGradient(d, 0, new double[d.length]);
				}

				@Override
				public double valueAndGradient(double[] d, double s, double[] g) {
					double sum = 0, vol = v.volumeVoxels();
					for (int i = 0; i < v.size(); i++) {
						sum += v.weights()[i] * d[v.rows()[i]];
						g[v.rows()[i]] += s * scale * v.weights()[i] / vol;
					}
					return scale * sum / vol;
				}

				@Override
				public double violationGy(double[] d) {
					return 0;
				}

				@Override
				public double referenceDoseGy() {
					return p.doseGy();
				}

				@Override
				public String describe() {
					return "mean " + structureName;
				}
			};
		}
	}

	@Test
	void everySpecTypeMapsToABuiltInProvider() {
		ObjectiveFactory f = ObjectiveFactory.builtIn();
		for (Type t : Type.values()) {
			assertTrue(f.provider(ObjectiveFactory.builtInId(t)).isPresent(), t.toString());
		}
		assertEquals(Type.values().length, f.typeIds().size());
	}

	@Test
	void termsKeepSpecOrderWeightAndStructure() {
		List<ObjectiveTerm> terms = ToyProblem.terms();
		assertEquals(3, terms.size());
		assertEquals("max-dose", terms.get(2).typeId());
		assertEquals("Normal", terms.get(2).structureName());
		// weight 1 for the normal-tissue term (ToyProblem.specs)
		assertEquals(1, terms.get(2).weight());
	}

	@Test
	void missingStructureIsNamed() {
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> ObjectiveFactory.builtIn().terms(List.of(ObjectiveSpec.of(Type.MAX_DOSE, "Duodenum", 32, 1)),
						ToyProblem.structures(), ToyProblem.VOXELS));
		assertTrue(e.getMessage().contains("Duodenum"), e.getMessage());
	}

	@Test
	void rowsOutsideTheOperatorAreRejected() {
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> ObjectiveFactory.builtIn().terms(ToyProblem.specs(), ToyProblem.structures(), 100));
		assertTrue(e.getMessage().contains("PTV") && e.getMessage().contains("119"), e.getMessage());
	}

	@Test
	void dvhObjectiveWithoutVolumeIsRejected() {
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> ObjectiveFactory.builtIn()
				.term(ObjectiveSpec.of(Type.MIN_DVH, "PTV", 50, 1), ToyProblem.target()));
		assertTrue(e.getMessage().contains("volumePct") && e.getMessage().contains("PTV"), e.getMessage());
	}

	@Test
	void pluginTypeIsUsableByItsId() {
		ObjectiveFactory f = ObjectiveFactory.withPlugins(List.of(new MeanDoseProvider("linear-mean")));
		ObjectiveTerm t = f.term("linear-mean", "PTV", new ObjectiveParameters(0, Double.NaN, Double.NaN,
				Map.of("scale", 2.0)), 1, StructureVoxels.whole(0, 1));
		double[] g = new double[2];
		// closed form: 2 · (10 + 30) / 2 = 40; gradient 2 · 1/2 per voxel
		assertEquals(40, t.objective().valueAndGradient(new double[] { 10, 30 }, 1, g), 1e-12);
		assertEquals(1, g[0], 1e-12);
		assertEquals(9, f.typeIds().size());
	}

	@Test
	void duplicateIdNamesBothProviders() {
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> ObjectiveFactory.withPlugins(List.of(new MeanDoseProvider("min-dose"))));
		assertTrue(e.getMessage().contains("MinDoseProvider") && e.getMessage().contains("MeanDoseProvider"),
				e.getMessage());
	}

	@Test
	void unknownTypeIdListsTheKnownOnes() {
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> ObjectiveFactory.builtIn()
				.term("ntcp", "Liver", new ObjectiveParameters(0, 0, 0, Map.of()), 1, StructureVoxels.whole(0)));
		assertTrue(e.getMessage().contains("ntcp") && e.getMessage().contains("min-dvh"), e.getMessage());
	}
}
