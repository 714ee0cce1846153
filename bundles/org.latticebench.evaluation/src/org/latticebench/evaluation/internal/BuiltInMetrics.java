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

	@Component(service = PlanMetric.class, property = { "id=Dmin", "name=Minimum dose",
		"description=Lowest voxel dose in the structure (DVH minimum), Gy" })
	public static final class Dmin extends SpecMetric {
		public Dmin() {
			super(MetricSpec.parse("Dmin"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=Dmax", "name=Maximum dose",
		"description=Highest voxel dose in the structure (DVH maximum), Gy" })
	public static final class Dmax extends SpecMetric {
		public Dmax() {
			super(MetricSpec.parse("Dmax"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=Dmean", "name=Mean dose",
		"description=Volume-weighted mean dose of the structure, Gy" })
	public static final class Dmean extends SpecMetric {
		public Dmean() {
			super(MetricSpec.parse("Dmean"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=D0.03cc", "name=Near-maximum dose (hottest 0.03 cc)",
		"description=Minimum dose to the hottest 0.03 cc of the structure, Gy" })
	public static final class D003cc extends SpecMetric {
		public D003cc() {
			super(MetricSpec.parse("D0.03cc"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=D2%", "name=Near-maximum dose (hottest 2 %)",
		"description=Minimum dose to the hottest 2 % of the structure volume, Gy" })
	public static final class D2Percent extends SpecMetric {
		public D2Percent() {
			super(MetricSpec.parse("D2%"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=D50%", "name=Median dose",
		"description=Minimum dose to the hottest 50 % of the structure volume, Gy" })
	public static final class D50Percent extends SpecMetric {
		public D50Percent() {
			super(MetricSpec.parse("D50%"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=D95%", "name=Dose to 95 % of the volume",
		"description=Minimum dose to the hottest 95 % of the structure volume, Gy" })
	public static final class D95Percent extends SpecMetric {
		public D95Percent() {
			super(MetricSpec.parse("D95%"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=D98%", "name=Near-minimum dose (98 %)",
		"description=Minimum dose to the hottest 98 % of the structure volume, Gy" })
	public static final class D98Percent extends SpecMetric {
		public D98Percent() {
			super(MetricSpec.parse("D98%"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=HI", "name=Homogeneity index (ICRU 83)",
		"description=(D2% - D98%) / D50% of the structure (ICRU 83), dimensionless" })
	public static final class HomogeneityIndex extends SpecMetric {
		public HomogeneityIndex() {
			super(MetricSpec.parse("HI"));
		}
	}

	@Component(service = PlanMetric.class, property = { "id=CI_Paddick", "name=Paddick conformity index",
		"description=TV_PIV^2 / (TV x PIV) at the prescription dose (Paddick 2000), dimensionless" })
	public static final class PaddickConformityIndex extends SpecMetric {
		public PaddickConformityIndex() {
			super(MetricSpec.parse("CI_Paddick"));
		}
	}
}
