package dev.migrate.script;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Reads a script's lines straight from its bytes, a small buffer at a time, so that reading
 * the header of each of thousands of scripts costs little more than the bytes of the header:
 * no character buffers of a general-purpose reader, and nothing read far past the last line
 * asked for.
 *
 * <p>Lines end at {@code \n}, {@code \r} or {@code \r\n}, as {@link java.io.BufferedReader}
 * has it; neither byte occurs inside a multi-byte UTF-8 sequence, so lines are cut before they
 * are decoded. Each line is decoded as strict UTF-8: bytes that are not UTF-8 fail with a
 * {@link java.nio.charset.CharacterCodingException}. A byte order mark is left to the caller.
 */
final class HeaderLineReader {

	/** Enough for a typical header in one read; the buffer grows for longer lines. */
	static final int BUFFER_SIZE = 512;

	private final InputStream in;

	private byte[] buffer = new byte[BUFFER_SIZE];

	/** The first byte not yet returned. */
	private int position;

	/** The end of the bytes read so far. */
	private int limit;

	private boolean endOfInput;

	HeaderLineReader(InputStream in) {
		this.in = in;
	}

	/**
	 * Reads the next line, without its line break.
	 * @return the line, or {@code null} at the end of the input
	 * @throws java.nio.charset.CharacterCodingException if the line is not UTF-8
	 * @throws IOException if the input fails
	 */
	@Nullable String readLine() throws IOException {
		// bytes after position already known to hold no line break
		int scanned = 0;
		while (true) {
			int lineEnd = findLineBreak(this.position + scanned);
			if (lineEnd >= 0) {
				boolean carriageReturn = this.buffer[lineEnd] == '\r';
				if (carriageReturn && lineEnd + 1 == this.limit && !this.endOfInput) {
					// a \n may follow in the bytes not read yet: read them before deciding
					scanned = lineEnd - this.position;
					fill();
					continue;
				}
				String line = decode(this.position, lineEnd);
				int next = lineEnd + 1;
				if (carriageReturn && next < this.limit && this.buffer[next] == '\n') {
					next++;
				}
				this.position = next;
				return line;
			}
			scanned = this.limit - this.position;
			if (!fill()) {
				if (this.position == this.limit) {
					return null;
				}
				String line = decode(this.position, this.limit);
				this.position = this.limit;
				return line;
			}
		}
	}

	private int findLineBreak(int from) {
		byte[] bytes = this.buffer;
		for (int i = from; i < this.limit; i++) {
			byte b = bytes[i];
			if (b == '\n' || b == '\r') {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Reads more bytes after those not yet returned, moving these to the start of the buffer and
	 * growing it when they fill it.
	 * @return {@code false} at the end of the input
	 */
	private boolean fill() throws IOException {
		if (this.endOfInput) {
			return false;
		}
		if (this.position > 0) {
			System.arraycopy(this.buffer, this.position, this.buffer, 0, this.limit - this.position);
			this.limit -= this.position;
			this.position = 0;
		}
		if (this.limit == this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, this.buffer.length * 2);
		}
		int read = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
		if (read < 0) {
			this.endOfInput = true;
			return false;
		}
		this.limit += read;
		return true;
	}

	private String decode(int from, int to) throws IOException {
		for (int i = from; i < to; i++) {
			if (this.buffer[i] < 0) {
				return ScriptText.strictDecoder().decode(ByteBuffer.wrap(this.buffer, from, to - from)).toString();
			}
		}
		// ASCII: every byte is its own character
		return new String(this.buffer, from, to - from, StandardCharsets.ISO_8859_1);
	}

}
