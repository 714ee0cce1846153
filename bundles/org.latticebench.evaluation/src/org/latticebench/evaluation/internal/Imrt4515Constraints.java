package org.latticebench.evaluation.internal;

import static org.latticebench.evaluation.ConstraintComparator.AT_LEAST;
import static org.latticebench.evaluation.ConstraintComparator.AT_MOST;
import static org.latticebench.evaluation.ConstraintComparator.LESS_THAN;

import java.util.List;

import org.latticebench.evaluation.Constraint;
import org.latticebench.evaluation.ConstraintSetProvider;
import org.osgi.service.component.annotations.Component;

/**
 * IMRT 45 Gy in 15 fractions, seed 003 (methods, "The planned total dose to the PTV was 3 Gray x 15
 * fractions ..."), shared/DOMAIN.md "IMRT 45 Gy / 15 fx". The target rows use absolute levels of
 * the 45 Gy prescription: 95 % = 42.75 Gy, 110 % = 49.5 Gy. "Normal liver" is liver minus GTV as the
 * seed defines it. Kidney Dmax &lt; 20 Gy is kept as printed although it makes V23 &lt; 100 % moot.
 */
@Component(service = ConstraintSetProvider.class, property = { "id=" + Imrt4515Constraints.ID,
		"name=IMRT 45 Gy / 15 fx (seed 003)",
		"description=Target coverage and organ-at-risk limits of IMRT 45 Gy in 15 fractions, total dose (seed 003)" })
public final class Imrt4515Constraints implements ConstraintSetProvider {

	public static final String ID = "imrt-45-15";
	private static final String SOURCE = "seed 003 (IMRT 45 Gy / 15 fx planning constraints)";
	private static final List<String> PTV = OrganAliases.ptv("PTV_4500", "PTV45", "PTV_45Gy");

	private static final List<Constraint> CONSTRAINTS = List.of( //
			new Constraint("Tumour (PTV)", PTV, "V42.75Gy%", AT_LEAST, 97, "%",
					SOURCE + ": >= 97 % of the tumour volume receives >= 95 % of 45 Gy"),
			new Constraint("Tumour (PTV)", PTV, "V49.5Gy%", LESS_THAN, 3, "%",
					SOURCE + ": < 3 % of the tumour volume above 110 % of 45 Gy"),
			new Constraint("Normal liver", OrganAliases.NORMAL_LIVER, "Dmean", AT_MOST, 24, "Gy", SOURCE),
			new Constraint("Normal liver", OrganAliases.NORMAL_LIVER, "V5Gy%", LESS_THAN, 86, "%", SOURCE),
			new Constraint("Normal liver", OrganAliases.NORMAL_LIVER, "V10Gy%", LESS_THAN, 68, "%", SOURCE),
			new Constraint("Normal liver", OrganAliases.NORMAL_LIVER, "V15Gy%", LESS_THAN, 59, "%", SOURCE),
			new Constraint("Normal liver", OrganAliases.NORMAL_LIVER, "V20Gy%", LESS_THAN, 49, "%", SOURCE),
			new Constraint("Normal liver", OrganAliases.NORMAL_LIVER, "V25Gy%", LESS_THAN, 35, "%", SOURCE),
			new Constraint("Normal liver", OrganAliases.NORMAL_LIVER, "V30Gy%", LESS_THAN, 28, "%", SOURCE),
			new Constraint("Normal liver", OrganAliases.NORMAL_LIVER, "V35Gy%", LESS_THAN, 25, "%", SOURCE),
			new Constraint("Normal liver", OrganAliases.NORMAL_LIVER, "V40Gy%", LESS_THAN, 20, "%", SOURCE),
			new Constraint("Stomach", OrganAliases.STOMACH, "Dmax", LESS_THAN, 54, "Gy", SOURCE),
			new Constraint("Stomach", OrganAliases.STOMACH, "V45Gy%", LESS_THAN, 25, "%", SOURCE),
			new Constraint("Stomach", OrganAliases.STOMACH, "V50Gy%", LESS_THAN, 2, "%", SOURCE),
			new Constraint("Duodenum", OrganAliases.DUODENUM, "Dmax", LESS_THAN, 60, "Gy", SOURCE),
			new Constraint("Duodenum", OrganAliases.DUODENUM, "V45Gy%", LESS_THAN, 33, "%", SOURCE),
			new Constraint("Colon", OrganAliases.COLON, "Dmax", LESS_THAN, 55, "Gy", SOURCE),
			new Constraint("Colon", OrganAliases.COLON, "V45Gy%", LESS_THAN, 25, "%", SOURCE),
			new Constraint("Colon", OrganAliases.COLON, "V50Gy%", AT_MOST, 2, "%", SOURCE),
			new Constraint("Spinal cord", OrganAliases.SPINAL_CORD, "Dmax", LESS_THAN, 40, "Gy", SOURCE),
			new Constraint("Kidney", OrganAliases.KIDNEYS, "Dmax", LESS_THAN, 20, "Gy", SOURCE + " (as printed)"),
			new Constraint("Kidney", OrganAliases.KIDNEYS, "V23Gy%", LESS_THAN, 100, "%", SOURCE),
			new Constraint("Kidney", OrganAliases.KIDNEYS, "V30Gy%", LESS_THAN, 67, "%", SOURCE),
			new Constraint("Kidney", OrganAliases.KIDNEYS, "V50Gy%", LESS_THAN, 33, "%", SOURCE));

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "IMRT 45 Gy / 15 fx (seed 003)";
	}

	@Override
	public List<Constraint> constraints() {
		return CONSTRAINTS;
	}
}
