package org.latticebench.evaluation.gamma;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.latticebench.core.InvalidInputException;

/**
 * One gamma criterion: a dose difference in percent (of the normalisation dose for global gamma,
 * of the local reference dose for local gamma) and a distance to agreement in mm.
 *
 * @param dosePct dose-difference criterion, % (&gt; 0)
 * @param dtaMm   distance-to-agreement criterion, mm (&gt; 0)
 * @since 0.1
 */
public record GammaCriterion(double dosePct, double dtaMm) {

	private static final Pattern TEXT = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*/\\s*(\\d+(?:\\.\\d+)?)\\s*mm\\s*",
			Pattern.CASE_INSENSITIVE);

	public GammaCriterion {
		if (!(dosePct > 0 && dosePct <= 100) || !(dtaMm > 0 && dtaMm <= 100)) {
			throw new IllegalArgumentException(
					"gamma criterion needs 0 < dose <= 100 % and 0 < DTA <= 100 mm, got " + dosePct + " % / " + dtaMm + " mm");
		}
	}

	/**
	 * Parses {@code 3%/3mm} (decimals allowed, e.g. {@code 2.5%/1.5mm}).
	 *
	 * @throws InvalidInputException naming the text when it is not of that form or out of range
	 */
	public static GammaCriterion parse(String text) {
		Matcher m = TEXT.matcher(text == null ? "" : text);
		if (!m.matches()) {
			throw new InvalidInputException(null, "criterion '" + text + "'", "expected the form 3%/3mm");
		}
		try {
			return new GammaCriterion(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
		} catch (IllegalArgumentException e) {
			throw new InvalidInputException(null, "criterion '" + text + "'", e.getMessage(), e);
		}
	}

	/** The canonical text, e.g. {@code 3%/3mm}, which {@link #parse} maps back to an equal criterion. */
	public String label() {
		return plain(dosePct) + "%/" + plain(dtaMm) + "mm";
	}

	private static String plain(double v) {
		return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return label();
	}
}
