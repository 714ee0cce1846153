package org.latticebench.evaluation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.latticebench.core.InvalidInputException;
import org.latticebench.evaluation.internal.SpecMetric;

/**
 * A parsed metric name. The grammar (case-insensitive), with {@code x} a decimal number:
 * <ul>
 * <li>{@code Dmin}, {@code Dmax}, {@code Dmean}, {@code Volume_cc}</li>
 * <li>{@code Dx%} (e.g. {@code D95%}) and {@code Dxcc} (e.g. {@code D0.03cc}): minimum dose to the
 * hottest x % / x cc</li>
 * <li>{@code VxGy%} (or {@code VxGy}, {@code VxGy_pct}) and {@code VxGy_cc}: volume receiving at
 * least x Gy</li>
 * <li>{@code VbelowxGy_cc} / {@code VbelowxGy%}: volume receiving less than x Gy (the
 * critical-volume metric, e.g. liver {@code Vbelow21Gy_cc > 700})</li>
 * <li>{@code Vx%Rx%}, {@code Vx%Rx_cc}, {@code Vbelowx%Rx%}: as above with the dose level x % of the
 * structure's prescription</li>
 * <li>{@code gEUD(a=x)} (or {@code gEUD_ax}): generalised EUD with parameter a</li>
 * <li>{@code HI}: (D2% - D98%) / D50% (ICRU Report 83); {@code CI_Paddick}: TV_PIV^2 / (TV * PIV)
 * (Paddick, J Neurosurg 2000;93 Suppl 3:219-222), with PIV the prescription isodose volume of the
 * whole dose grid</li>
 * </ul>
 *
 * @param kind                    what is computed
 * @param parameter               x (percent, cc, Gy, percent of Rx or a); NaN for parameterless kinds
 * @param doseRelativeToRx        for volume kinds: x is a percentage of the prescription
 * @param volumeInCc              for volume kinds: the result is in cc rather than percent
 * @since 0.1
 */
public record MetricSpec(Kind kind, double parameter, boolean doseRelativeToRx, boolean volumeInCc) {

	/** The metric families. */
	public enum Kind {
		DMIN, DMAX, DMEAN, VOLUME, DOSE_AT_PERCENT, DOSE_AT_CC, VOLUME_AT_LEAST, VOLUME_BELOW, GEUD, HI, CI_PADDICK
	}

	private static final String NUM = "([-+]?\\d+(?:\\.\\d+)?)";
	private static final Pattern DOSE_AT = Pattern.compile("D" + NUM + "(%|cc)", Pattern.CASE_INSENSITIVE);
	private static final Pattern VOLUME_AT = Pattern.compile("V(below)?" + NUM + "(Gy|%Rx)(%|_pct|_cc|cc)?",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern GEUD = Pattern.compile("gEUD(?:\\(a=" + NUM + "\\)|_a" + NUM + ")",
			Pattern.CASE_INSENSITIVE);

	public MetricSpec {
		boolean parameterised = switch (kind) {
		case DOSE_AT_PERCENT, DOSE_AT_CC, VOLUME_AT_LEAST, VOLUME_BELOW, GEUD -> true;
		default -> false;
		};
		if (parameterised && !Double.isFinite(parameter)) {
			throw new IllegalArgumentException(kind + " needs a finite parameter, got " + parameter);
		}
		if (kind == Kind.DOSE_AT_PERCENT && (parameter < 0 || parameter > 100)) {
			throw new IllegalArgumentException("Dx% needs 0 <= x <= 100, got " + parameter);
		}
		if (kind == Kind.GEUD && parameter == 0) {
			throw new IllegalArgumentException("gEUD needs a != 0");
		}
		if ((kind == Kind.DOSE_AT_CC || kind == Kind.VOLUME_AT_LEAST || kind == Kind.VOLUME_BELOW) && parameter < 0) {
			throw new IllegalArgumentException(kind + " needs a non-negative parameter, got " + parameter);
		}
	}

	/**
	 * Parses a metric name.
	 *
	 * @throws InvalidInputException naming the text when it is not in the grammar above
	 */
	public static MetricSpec parse(String text) {
		String t = text == null ? "" : text.trim();
		switch (t.toLowerCase(Locale.ROOT)) {
		case "dmin":
			return simple(Kind.DMIN);
		case "dmax":
			return simple(Kind.DMAX);
		case "dmean":
			return simple(Kind.DMEAN);
		case "volume", "volume_cc":
			return simple(Kind.VOLUME);
		case "hi":
			return simple(Kind.HI);
		case "ci", "ci_paddick":
			return simple(Kind.CI_PADDICK);
		default:
			break;
		}
		try {
			Matcher m = DOSE_AT.matcher(t);
			if (m.matches()) {
				boolean cc = m.group(2).equalsIgnoreCase("cc");
				return new MetricSpec(cc ? Kind.DOSE_AT_CC : Kind.DOSE_AT_PERCENT, Double.parseDouble(m.group(1)), false, cc);
			}
			m = VOLUME_AT.matcher(t);
			if (m.matches()) {
				boolean below = m.group(1) != null;
				boolean rx = m.group(3).equalsIgnoreCase("%Rx");
				boolean cc = m.group(4) != null && m.group(4).toLowerCase(Locale.ROOT).contains("cc");
				return new MetricSpec(below ? Kind.VOLUME_BELOW : Kind.VOLUME_AT_LEAST, Double.parseDouble(m.group(2)), rx, cc);
			}
			m = GEUD.matcher(t);
			if (m.matches()) {
				return new MetricSpec(Kind.GEUD, Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2)), false,
						false);
			}
		} catch (IllegalArgumentException e) {
			throw new InvalidInputException(null, "metric '" + t + "'", e.getMessage(), e);
		}
		throw new InvalidInputException(null, "metric '" + t + "'",
				"not a metric; expected Dmin, Dmax, Dmean, Volume_cc, D95%, D0.03cc, V20Gy%, V20Gy_cc, Vbelow21Gy_cc, "
						+ "V95%Rx%, gEUD(a=-10), HI or CI_Paddick");
	}

	private static MetricSpec simple(Kind kind) {
		return new MetricSpec(kind, Double.NaN, false, false);
	}

	/** The canonical name, which {@link #parse} maps back to an equal spec. */
	public String id() {
		String x = parameterText();
		return switch (kind) {
		case DMIN -> "Dmin";
		case DMAX -> "Dmax";
		case DMEAN -> "Dmean";
		case VOLUME -> "Volume_cc";
		case HI -> "HI";
		case CI_PADDICK -> "CI_Paddick";
		case DOSE_AT_PERCENT -> "D" + x + "%";
		case DOSE_AT_CC -> "D" + x + "cc";
		case VOLUME_AT_LEAST, VOLUME_BELOW -> "V" + (kind == Kind.VOLUME_BELOW ? "below" : "") + x
				+ (doseRelativeToRx ? "%Rx" : "Gy") + (volumeInCc ? "_cc" : "%");
		case GEUD -> "gEUD(a=" + x + ")";
		};
	}

	public String unit() {
		return switch (kind) {
		case DMIN, DMAX, DMEAN, DOSE_AT_PERCENT, DOSE_AT_CC, GEUD -> "Gy";
		case VOLUME -> "cc";
		case VOLUME_AT_LEAST, VOLUME_BELOW -> volumeInCc ? "cc" : "%";
		case HI, CI_PADDICK -> "1";
		};
	}

	public String definition() {
		String x = parameterText();
		String level = doseRelativeToRx ? x + " % of the prescription" : x + " Gy";
		String volume = volumeInCc ? "in cc" : "in % of the structure volume";
		return switch (kind) {
		case DMIN -> "minimum dose in the structure";
		case DMAX -> "maximum dose in the structure (dose linear within each sampled voxel)";
		case DMEAN -> "volume-weighted mean dose";
		case VOLUME -> "structure volume with partial-volume weights, cc";
		case DOSE_AT_PERCENT -> "minimum dose to the hottest " + x + " % of the volume";
		case DOSE_AT_CC -> "minimum dose to the hottest " + x + " cc of the volume";
		case VOLUME_AT_LEAST -> "volume receiving at least " + level + ", " + volume;
		case VOLUME_BELOW -> "volume receiving less than " + level + ", " + volume + " (critical-volume metric)";
		case GEUD -> "generalised EUD (sum v_i D_i^a)^(1/a) with a = " + x + " (Niemierko, Med Phys 1999)";
		case HI -> "homogeneity index (D2% - D98%) / D50% (ICRU Report 83)";
		case CI_PADDICK -> "Paddick conformity index TV_PIV^2 / (TV * PIV), PIV = prescription isodose volume";
		};
	}

	private String parameterText() {
		if (Double.isNaN(parameter)) {
			return "";
		}
		return new BigDecimal(Double.toString(parameter)).stripTrailingZeros().toPlainString();
	}

	/** A metric object computing this spec (not registered as a service). */
	public PlanMetric toMetric() {
		return new SpecMetric(this);
	}

	@Override
	public String toString() {
		return id();
	}
}
