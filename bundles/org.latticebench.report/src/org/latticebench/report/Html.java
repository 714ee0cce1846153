package org.latticebench.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * HTML helpers for the report: escaping of untrusted text and Content-Security-Policy hashes.
 *
 * @since 0.1
 */
public final class Html {

	private Html() {
	}

	/**
	 * Escapes text for HTML element content and quoted attribute values: {@code < > & " '} become
	 * entities and control characters (except tab, CR, LF) become spaces.
	 */
	public static String escape(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '&' -> b.append("&amp;");
			case '"' -> b.append("&quot;");
			case '\'' -> b.append("&#39;");
			default -> b.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
			}
		}
		return b.toString();
	}

	/** The CSP source expression {@code 'sha256-…'} allowing exactly this inline text. */
	public static String cspHash(String inlineText) {
		try {
			byte[] d = MessageDigest.getInstance("SHA-256").digest(inlineText.getBytes(StandardCharsets.UTF_8));
			return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** A data URI of bytes, e.g. {@code data:image/png;base64,…}. */
	public static String dataUri(String mediaType, byte[] bytes) {
		return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
	}
}
