package org.latticebench.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.latticebench.evaluation.Constraint;
import org.latticebench.evaluation.ConstraintSetProvider;
import org.latticebench.evaluation.ConstraintSetRegistry;
import org.latticebench.evaluation.DuplicateServiceIdException;
import org.latticebench.evaluation.MetricInput;
import org.latticebench.evaluation.MetricRegistry;
import org.latticebench.evaluation.PlanMetric;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

class RegistriesTest {

	/** A third-party metric that (wrongly) reuses a built-in id. */
	static final class ImpostorD95 implements PlanMetric {
		@Override
		public String id() {
			return "D95%";
		}

		@Override
		public String unit() {
			return "Gy";
		}

		@Override
		public String definition() {
			return "not the real D95";
		}

		@Override
		public double evaluate(MetricInput input) {
			return 0;
		}
	}

	@Test
	void secondMetricWithAnExistingIdFailsNamingBothProviders() {
		MetricRegistryComponent registry = new MetricRegistryComponent();
		registry.addMetric(new BuiltInMetrics.D95Percent(), Map.of("component.name", "builtin.D95"));
		DuplicateServiceIdException e = assertThrows(DuplicateServiceIdException.class,
				() -> registry.addMetric(new ImpostorD95(), Map.of("component.name", "impostor")));
		assertTrue(e.getMessage().contains("'D95%'"), e.getMessage());
		assertTrue(e.getMessage().contains(BuiltInMetrics.D95Percent.class.getName()), e.getMessage());
		assertTrue(e.getMessage().contains(ImpostorD95.class.getName()), e.getMessage());
		assertTrue(e.getMessage().contains("org.latticebench.evaluation"), "names the bundle: " + e.getMessage());
		assertEquals(1, registry.all().size(), "the duplicate is not registered");
		assertEquals(List.of(e.getMessage()), registry.conflicts(), "the refusal is kept for info");
	}

	@Test
	void refusedMetricLeavesTheConflictListWhenItGoesAway() {
		MetricRegistryComponent registry = new MetricRegistryComponent();
		ImpostorD95 impostor = new ImpostorD95();
		registry.addMetric(new BuiltInMetrics.D95Percent(), Map.of());
		assertThrows(DuplicateServiceIdException.class, () -> registry.addMetric(impostor, Map.of()));
		registry.removeMetric(impostor);
		assertEquals(List.of(), registry.conflicts());
		assertEquals("D95%", registry.find("D95%").orElseThrow().id(), "the first provider stays");
	}

	@Test
	void secondConstraintSetWithAnExistingIdFailsNamingBothProviders() {
		ConstraintSetRegistryComponent registry = new ConstraintSetRegistryComponent();
		registry.addConstraintSet(new Tg101FiveFractionConstraints(), Map.of("component.name", "builtin.tg101"));
		ConstraintSetProvider copy = new ConstraintSetProvider() {
			@Override
			public String id() {
				return Tg101FiveFractionConstraints.ID;
			}

			@Override
			public String name() {
				return "a copy";
			}

			@Override
			public List<Constraint> constraints() {
				return new Tg101FiveFractionConstraints().constraints();
			}
		};
		DuplicateServiceIdException e = assertThrows(DuplicateServiceIdException.class,
				() -> registry.addConstraintSet(copy, Map.of("component.name", "plugin.copy")));
		String m = e.getMessage();
		assertTrue(m.startsWith("constraint set id 'tg101-5fx' is provided twice: by "), m);
		assertTrue(m.contains(Tg101FiveFractionConstraints.class.getName() + " (component builtin.tg101) in bundle org.latticebench.evaluation"), m);
		assertTrue(m.contains(copy.getClass().getName() + " (component plugin.copy) in bundle org.latticebench.evaluation"), m);
		assertEquals(List.of(m), registry.conflicts());
		assertEquals("TG-101, 5 fractions (seed 001 Table 1)", registry.find("tg101-5fx").orElseThrow().name(),
				"the first provider stays");
	}

	@Test
	void unregisteredSpecsResolveThroughTheGrammar() {
		MetricRegistryComponent registry = new MetricRegistryComponent();
		PlanMetric builtIn = new BuiltInMetrics.Dmean();
		registry.addMetric(builtIn, Map.of());
		assertTrue(registry.resolve("dmean") == builtIn, "canonical id finds the registered service");
		assertEquals("V20Gy_cc", registry.resolve("V20Gy_cc").id());
	}

	@Test
	void declarativeServicesRegisterTheBuiltInMetricsAndConstraintSets() {
		BundleContext bc = FrameworkUtil.getBundle(MetricRegistryComponent.class).getBundleContext();
		ServiceReference<MetricRegistry> ref = bc.getServiceReference(MetricRegistry.class);
		assertTrue(ref != null, "MetricRegistry service is registered");
		MetricRegistry metrics = bc.getService(ref);
		List<String> ids = metrics.all().stream().map(PlanMetric::id).toList();
		assertTrue(ids.containsAll(List.of("Dmin", "Dmax", "Dmean", "D0.03cc", "D2%", "D50%", "D95%", "D98%", "HI",
				"CI_Paddick")), "registered metrics: " + ids);
		ServiceReference<ConstraintSetRegistry> sref = bc.getServiceReference(ConstraintSetRegistry.class);
		List<String> sets = bc.getService(sref).all().stream().map(p -> p.id()).toList();
		assertEquals(List.of("imrt-45-15", "sbrt-liver-guidance", "tg101-5fx", "tomo-50-10"), sets);
	}
}
