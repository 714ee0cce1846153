package org.latticebench.evaluation.internal;

import static org.latticebench.evaluation.ConstraintComparator.AT_MOST;
import static org.latticebench.evaluation.ConstraintComparator.GREATER_THAN;
import static org.latticebench.evaluation.ConstraintComparator.LESS_THAN;

import java.util.List;

import org.latticebench.evaluation.Constraint;
import org.latticebench.evaluation.ConstraintSetProvider;
import org.osgi.service.component.annotations.Component;

/**
 * Helical tomotherapy, PGTV 50 Gy / PTV 30 Gy in 10 fractions, seed 002 (methods), shared/DOMAIN.md
 * "Tomotherapy 50 Gy / 10 fx". Interpretations, stated in each row's source: the PTV coverage rows
 * use the PTV's own prescription (30 Gy; 94 % = 28.2 Gy); "normal liver spared &gt; 700 mL" is the
 * seed's "volume of a normal liver was above 700 mL", a volume requirement.
 */
@Component(service = ConstraintSetProvider.class, property = { "id=" + Tomotherapy5010Constraints.ID,
		"name=Tomotherapy 50 Gy / 10 fx (seed 002)",
		"description=Target coverage and organ-at-risk limits of helical tomotherapy 50 Gy / 30 Gy in 10 fractions, total dose (seed 002)" })
public final class Tomotherapy5010Constraints implements ConstraintSetProvider {

	public static final String ID = "tomo-50-10";
	private static final String SOURCE = "seed 002 (tomotherapy PGTV 50 Gy / PTV 30 Gy in 10 fx)";
	private static final List<String> PTV = OrganAliases.ptv("PTV_3000", "PTV30", "PTV_30Gy");

	private static final List<Constraint> CONSTRAINTS = List.of( //
			new Constraint("PTV", PTV, "V30Gy%", GREATER_THAN, 96, "%",
					SOURCE + ": prescription isodose (PTV 30 Gy) encompasses > 96 % of the PTV"),
			new Constraint("PTV", PTV, "Vbelow28.2Gy%", AT_MOST, 3, "%",
					SOURCE + ": no more than 3 % of the PTV below 94 % of 30 Gy"),
			new Constraint("Liver", OrganAliases.LIVER, "Dmean", LESS_THAN, 22, "Gy", SOURCE + ": mean liver dose"),
			new Constraint("Normal liver", OrganAliases.NORMAL_LIVER, "Volume_cc", GREATER_THAN, 700, "cc",
					SOURCE + ": normal liver volume above 700 mL"),
			new Constraint("Protected liver", OrganAliases.PROTECTED_LIVER, "Dmean", LESS_THAN, 8, "Gy",
					SOURCE + ": specially protected liver, mean dose"),
			new Constraint("Protected liver", OrganAliases.PROTECTED_LIVER, "Volume_cc", GREATER_THAN, 400, "cc",
					SOURCE + ": specially protected liver volume above 400 mL"));

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Tomotherapy 50 Gy / 10 fx (seed 002)";
	}

	@Override
	public List<Constraint> constraints() {
		return CONSTRAINTS;
	}
}
