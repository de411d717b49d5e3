package dev.migrate.script;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HeaderLineReaderTests {

	@Test
	void splitsLinesAtEachKindOfLineBreakAsBufferedReaderDoes() throws IOException {
		String text = "one\ntwo\r\nthree\rfour\r\rsix\n\nlast";
		assertThat(lines(text.getBytes(StandardCharsets.UTF_8), Integer.MAX_VALUE)).isEqualTo(bufferedReaderLines(text));
	}

	@Test
	void returnsTheLastLineWithoutALineBreak() throws IOException {
		assertThat(lines(bytes("-- a\n-- b"), Integer.MAX_VALUE)).containsExactly("-- a", "-- b");
	}

	@Test
	void returnsNothingForAnEmptyInput() throws IOException {
		assertThat(lines(new byte[0], Integer.MAX_VALUE)).isEmpty();
	}

	@Test
	void keepsACarriageReturnAndLineFeedTogetherWhenTheInputArrivesOneByteAtATime() throws IOException {
		String text = "-- a\r\n-- b\r\r\n-- c\r";
		assertThat(lines(text.getBytes(StandardCharsets.UTF_8), 1)).isEqualTo(bufferedReaderLines(text));
	}

	@Test
	void readsLinesLongerThanItsBuffer() throws IOException {
		String longLine = "-- " + "x".repeat(HeaderLineReader.BUFFER_SIZE * 3);
		assertThat(lines(bytes(longLine + "\n-- next\n"), 100)).containsExactly(longLine, "-- next");
	}

	@Test
	void decodesUtf8() throws IOException {
		assertThat(lines(bytes("-- Café für alle ✓\n-- 日本\n"), 3)).containsExactly("-- Café für alle ✓", "-- 日本");
	}

	@Test
	void keepsAByteOrderMarkForTheCallerToDrop() throws IOException {
		assertThat(lines(bytes("\uFEFF-- a\n"), Integer.MAX_VALUE)).containsExactly("\uFEFF-- a");
	}

	@Test
	void rejectsALineThatIsNotUtf8() {
		byte[] latin1 = "-- Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatExceptionOfType(CharacterCodingException.class).isThrownBy(() -> lines(latin1, Integer.MAX_VALUE));
	}

	@Test
	void readsLittleMoreThanTheLinesAskedFor() throws IOException {
		CountingInputStream in = new CountingInputStream(bytes("-- a\n-- b\n" + "SELECT 1;\n".repeat(10_000)));
		HeaderLineReader reader = new HeaderLineReader(in);
		assertThat(reader.readLine()).isEqualTo("-- a");
		assertThat(reader.readLine()).isEqualTo("-- b");
		assertThat(in.bytesRead).isLessThanOrEqualTo(HeaderLineReader.BUFFER_SIZE);
	}

	@Test
	void leavesBytesAfterTheLinesAskedForUndecoded() throws IOException {
		byte[] header = bytes("-- Revision ID: abc123\n-- migrate:upgrade\n");
		byte[] script = new byte[header.length + 2];
		System.arraycopy(header, 0, script, 0, header.length);
		script[header.length] = (byte) 0xE9;
		script[header.length + 1] = '\n';
		HeaderLineReader reader = new HeaderLineReader(new ByteArrayInputStream(script));
		assertThat(reader.readLine()).isEqualTo("-- Revision ID: abc123");
		assertThat(reader.readLine()).isEqualTo("-- migrate:upgrade");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Reads every line, the input handing out at most {@code chunk} bytes per read.
	 */
	private static List<String> lines(byte[] content, int chunk) throws IOException {
		HeaderLineReader reader = new HeaderLineReader(new ChunkedInputStream(content, chunk));
		List<String> lines = new ArrayList<>();
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			lines.add(line);
		}
		return lines;
	}

	private static List<String> bufferedReaderLines(String text) throws IOException {
		return new BufferedReader(new StringReader(text)).lines().toList();
	}

	private static final class ChunkedInputStream extends ByteArrayInputStream {

		private final int chunk;

		ChunkedInputStream(byte[] content, int chunk) {
			super(content);
			this.chunk = chunk;
		}

		@Override
		public synchronized int read(byte[] buffer, int offset, int length) {
			return super.read(buffer, offset, Math.min(length, this.chunk));
		}

	}

	private static final class CountingInputStream extends InputStream {

		private final InputStream delegate;

		private int bytesRead;

		CountingInputStream(byte[] content) {
			this.delegate = new ByteArrayInputStream(content);
		}

		@Override
		public int read() throws IOException {
			int read = this.delegate.read();
			this.bytesRead += (read >= 0) ? 1 : 0;
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.delegate.read(buffer, offset, length);
			this.bytesRead += Math.max(read, 0);
			return read;
		}

	}

}
