package org.latticebench.evaluation.internal;

import static org.latticebench.evaluation.ConstraintComparator.AT_MOST;
import static org.latticebench.evaluation.ConstraintComparator.GREATER_THAN;

import java.util.List;

import org.latticebench.evaluation.Constraint;
import org.latticebench.evaluation.ConstraintSetProvider;
import org.osgi.service.component.annotations.Component;

/**
 * AAPM TG-101 five-fraction limits as listed in seed 001 Table 1 ("Total dose constraints over the
 * entire treatment course (five fractions)"), shared/DOMAIN.md "TG-101, 5 fractions". The table's
 * "each kidney" row is the seed's separate left- and right-kidney rows.
 */
@Component(service = ConstraintSetProvider.class, property = { "id=" + Tg101FiveFractionConstraints.ID,
		"name=TG-101, 5 fractions (seed 001 Table 1)",
		"description=AAPM TG-101 five-fraction serial and critical-volume limits, total dose (seed 001 Table 1)" })
public final class Tg101FiveFractionConstraints implements ConstraintSetProvider {

	public static final String ID = "tg101-5fx";
	private static final String SOURCE = "seed 001 Table 1 (AAPM TG-101, 5 fx, total dose)";

	private static final List<Constraint> CONSTRAINTS = List.of( //
			new Constraint("Spinal cord", OrganAliases.SPINAL_CORD, "Dmax", AT_MOST, 30, "Gy", SOURCE),
			new Constraint("Great vessels", OrganAliases.GREAT_VESSELS, "Dmax", AT_MOST, 53, "Gy", SOURCE),
			new Constraint("Oesophagus", OrganAliases.OESOPHAGUS, "Dmax", AT_MOST, 35, "Gy", SOURCE),
			new Constraint("Stomach", OrganAliases.STOMACH, "Dmax", AT_MOST, 32, "Gy", SOURCE),
			new Constraint("Duodenum", OrganAliases.DUODENUM, "Dmax", AT_MOST, 32, "Gy", SOURCE),
			new Constraint("Jejunum/ileum", OrganAliases.JEJUNUM_ILEUM, "Dmax", AT_MOST, 35, "Gy", SOURCE),
			new Constraint("Colon", OrganAliases.COLON, "Dmax", AT_MOST, 38, "Gy", SOURCE),
			new Constraint("Liver", OrganAliases.LIVER, "Vbelow21Gy_cc", GREATER_THAN, 700, "cc",
					SOURCE + ": critical volume, liver receiving < 21 Gy must exceed 700 cc"),
			new Constraint("Left kidney", OrganAliases.KIDNEY_L, "Vbelow17.5Gy_cc", GREATER_THAN, 200, "cc",
					SOURCE + ": critical volume, each kidney receiving < 17.5 Gy must exceed 200 cc"),
			new Constraint("Right kidney", OrganAliases.KIDNEY_R, "Vbelow17.5Gy_cc", GREATER_THAN, 200, "cc",
					SOURCE + ": critical volume, each kidney receiving < 17.5 Gy must exceed 200 cc"));

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "TG-101, 5 fractions (seed 001 Table 1)";
	}

	@Override
	public List<Constraint> constraints() {
		return CONSTRAINTS;
	}
}
