package org.latticebench.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
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
