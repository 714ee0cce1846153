package org.latticebench.evaluation.internal;

import org.latticebench.evaluation.MetricSpec;
import org.latticebench.evaluation.PlanMetric;
import org.osgi.service.component.annotations.Component;

/**
 * The metrics every installation has, one DS component each. Parametrised variants (any Dx%,
 * VxGy, gEUD(a)) come from {@link MetricSpec#parse}; the {@link MetricRegistryComponent} resolves
 * those on request.
 */
public final class BuiltInMetrics {

	private BuiltInMetrics() {
	}

	@Component(service = PlanMetric.class, property = { "id=Dmin", "name=Minimum dose" })
	public static final class Dmin extends SpecMetric {
		public Dmin() {
			super(MetricSpec.parse("Dmin"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=Dmax", "name=Maximum dose" })
	public static final class Dmax extends SpecMetric {
		public Dmax() {
			super(MetricSpec.parse("Dmax"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=Dmean", "name=Mean dose" })
	public static final class Dmean extends SpecMetric {
		public Dmean() {
			super(MetricSpec.parse("Dmean"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=D0.03cc", "name=Near-maximum dose (hottest 0.03 cc)" })
	public static final class D003cc extends SpecMetric {
		public D003cc() {
			super(MetricSpec.parse("D0.03cc"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=D2%", "name=Near-maximum dose (hottest 2 %)" })
	public static final class D2Percent extends SpecMetric {
		public D2Percent() {
			super(MetricSpec.parse("D2%"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=D50%", "name=Median dose" })
	public static final class D50Percent extends SpecMetric {
		public D50Percent() {
			super(MetricSpec.parse("D50%"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=D95%", "name=Dose to 95 % of the volume" })
	public static final class D95Percent extends SpecMetric {
		public D95Percent() {
			super(MetricSpec.parse("D95%"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=D98%", "name=Near-minimum dose (98 %)" })
	public static final class D98Percent extends SpecMetric {
		public D98Percent() {
			super(MetricSpec.parse("D98%"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=HI", "name=Homogeneity index (ICRU 83)" })
	public static final class HomogeneityIndex extends SpecMetric {
		public HomogeneityIndex() {
			super(MetricSpec.parse("HI"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=CI_Paddick", "name=Paddick conformity index" })
	public static final class PaddickConformityIndex extends SpecMetric {
		public PaddickConformityIndex() {
			super(MetricSpec.parse("CI_Paddick"));
		}
	}
}
