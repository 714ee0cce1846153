package org.latticebench.evaluation.internal;

import static org.latticebench.evaluation.ConstraintComparator.LESS_THAN;

import java.util.List;

import org.latticebench.evaluation.Constraint;
import org.latticebench.evaluation.ConstraintSetProvider;
import org.osgi.service.component.annotations.Component;

/**
 * Liver SBRT guidance from the review in seed 004 (sections 2 and 4.1), shared/DOMAIN.md "SBRT
 * guidance". Both V30 rows are kept: &lt; 15 % (severe RILD under 5 %) and the stricter guideline
 * &lt; 10 %.
 */
@Component(service = ConstraintSetProvider.class, property = { "id=" + SbrtLiverGuidanceConstraints.ID,
		"name=Liver SBRT guidance (seed 004)",
		"description=Liver SBRT guidance on normal liver and organs at risk, total dose (review, seed 004)" })
public final class SbrtLiverGuidanceConstraints implements ConstraintSetProvider {

	public static final String ID = "sbrt-liver-guidance";
	private static final String SOURCE = "seed 004";

	private static final List<Constraint> CONSTRAINTS = List.of( //
			new Constraint("Normal liver", OrganAliases.NORMAL_LIVER, "V30Gy%", LESS_THAN, 15, "%",
					SOURCE + " section 2: normal liver V30 < 15 % keeps severe RILD under 5 %"),
			new Constraint("Normal liver", OrganAliases.NORMAL_LIVER, "V30Gy%", LESS_THAN, 10, "%",
					SOURCE + " section 4.1: guideline normal liver V30 < 10 %"),
			new Constraint("Normal liver", OrganAliases.NORMAL_LIVER, "V20Gy%", LESS_THAN, 20, "%",
					SOURCE + " section 4.1: guideline normal liver V20 < 20 %"),
			new Constraint("Liver", OrganAliases.LIVER, "Dmean", LESS_THAN, 30, "Gy",
					SOURCE + " introduction: historic whole-liver mean dose tolerance < 30 Gy"));

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Liver SBRT guidance (seed 004)";
	}

	@Override
	public List<Constraint> constraints() {
		return CONSTRAINTS;
	}
}
