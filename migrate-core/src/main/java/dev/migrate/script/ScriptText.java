package dev.migrate.script;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Decodes, normalises and checksums script text.
 */
final class ScriptText {

	private ScriptText() {
	}

	/**
	 * Decodes a whole script: UTF-8, without its byte order mark, line breaks normalised to
	 * {@code \n}.
	 */
	static String decode(byte[] bytes) throws IOException {
		String text = strictDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		return normaliseLineBreaks(text);
	}

	static String normaliseLineBreaks(String text) {
		if (text.indexOf('\r') < 0) {
			return text;
		}
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	/**
	 * Returns the lower-case hex SHA-256 of the UTF-8 bytes of a decoded script.
	 */
	static String checksum(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

	/**
	 * Returns a new UTF-8 decoder that rejects bytes that are not UTF-8.
	 */
	static CharsetDecoder strictDecoder() {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

}
