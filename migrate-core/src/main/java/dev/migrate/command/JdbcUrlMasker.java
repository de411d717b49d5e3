package dev.migrate.command;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the passwords in a JDBC URL before it is printed or logged: {@code password=} and
 * similar parameters ({@code ?a=b&password=x}, {@code ;password=x}), credentials before the
 * host ({@code //user:secret@host}) and Oracle's {@code user/secret@host}.
 */
public final class JdbcUrlMasker {

	/** What a hidden password reads as. */
	public static final String MASK = "****";

	/** Any parameter whose name ends in {@code password} or is {@code pwd}, in any case. */
	private static final Pattern PARAMETER = Pattern
		.compile("(?i)([?&;:(,]\\s*[a-z0-9_.-]*(?:password|pwd)\\s*=)([^&;,)]*)");

	/** {@code //user:password@}: the password runs to the last {@code @} before the path. */
	private static final Pattern USER_INFO = Pattern.compile("(//[^/?;@:]*:)([^/?;]*)(@)");

	/** Oracle's thin driver: {@code jdbc:oracle:thin:user/password@host}. */
	private static final Pattern ORACLE = Pattern.compile("(?i)(jdbc:oracle:[a-z0-9]+:[^/@:]+/)([^@]*)(@)");

	private JdbcUrlMasker() {
	}

	/**
	 * Returns the URL with every password it carries replaced by {@value #MASK}.
	 * @param url a JDBC URL
	 * @return the URL, safe to print
	 */
	public static String mask(String url) {
		String masked = replace(PARAMETER, url, 2);
		masked = replace(USER_INFO, masked, 2);
		return replace(ORACLE, masked, 2);
	}

	private static String replace(Pattern pattern, String text, int group) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder result = new StringBuilder(text.length());
		int last = 0;
		while (matcher.find()) {
			if (matcher.group(group).isEmpty()) {
				continue;
			}
			result.append(text, last, matcher.start(group)).append(MASK);
			last = matcher.end(group);
		}
		return result.append(text, last, text.length()).toString();
	}

}
