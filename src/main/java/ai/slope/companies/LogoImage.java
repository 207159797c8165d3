package ai.slope.companies;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What an uploaded logo is, judged by its bytes alone: the file's name and the type the browser declared
 * are not asked, since both are whatever the sender says. PNG and JPEG are read up to their size by the
 * JDK's image readers (so a file that merely starts like an image is refused); WebP, which the JDK cannot
 * read, by its RIFF header.
 */
record LogoImage(Format format, int width, int height) {

	static final int MAX_BYTES = 1024 * 1024;

	static final int MIN_SIDE = 16;

	static final int MAX_SIDE = 4096;

	enum Format {

		PNG("image/png"), JPEG("image/jpeg"), WEBP("image/webp");

		private final String contentType;

		Format(String contentType) {
			this.contentType = contentType;
		}

		String contentType() {
			return this.contentType;
		}

	}

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/**
	 * The image, or empty when the bytes are not a PNG, JPEG or WebP image whose size can be read.
	 */
	static Optional<LogoImage> read(byte[] bytes) {
		Optional<Format> format = format(bytes);
		if (format.isEmpty()) {
			return Optional.empty();
		}
		return (format.get() == Format.WEBP) ? webp(bytes) : imageIo(format.get(), bytes);
	}

	static Optional<Format> format(byte[] bytes) {
		if (startsWith(bytes, 0, PNG_SIGNATURE)) {
			return Optional.of(Format.PNG);
		}
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return Optional.of(Format.JPEG);
		}
		if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
			return Optional.of(Format.WEBP);
		}
		return Optional.empty();
	}

	boolean sizeIsAcceptable() {
		return this.width >= MIN_SIDE && this.height >= MIN_SIDE && this.width <= MAX_SIDE && this.height <= MAX_SIDE;
	}

	private static Optional<LogoImage> imageIo(Format format, byte[] bytes) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase());
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				// the header only: a huge image that would take all memory to decode is still refused by its size
				return Optional.of(new LogoImage(format, reader.getWidth(0), reader.getHeight(0)));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The canvas size from the first chunk: lossy (VP8), lossless (VP8L) or extended (VP8X).
	 */
	private static Optional<LogoImage> webp(byte[] b) {
		if (b.length < 30) {
			return Optional.empty();
		}
		if (startsWith(b, 12, ascii("VP8 ")) && (b[23] & 0xFF) == 0x9D && (b[24] & 0xFF) == 0x01
				&& (b[25] & 0xFF) == 0x2A) {
			return Optional.of(new LogoImage(Format.WEBP, le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF));
		}
		if (startsWith(b, 12, ascii("VP8L")) && (b[20] & 0xFF) == 0x2F) {
			long bits = (b[21] & 0xFFL) | (b[22] & 0xFFL) << 8 | (b[23] & 0xFFL) << 16 | (b[24] & 0xFFL) << 24;
			return Optional.of(new LogoImage(Format.WEBP, (int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1));
		}
		if (startsWith(b, 12, ascii("VP8X"))) {
			return Optional.of(new LogoImage(Format.WEBP, le24(b, 24) + 1, le24(b, 27) + 1));
		}
		return Optional.empty();
	}

	private static int le16(byte[] b, int at) {
		return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
	}

	private static int le24(byte[] b, int at) {
		return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
		return bytes.length >= offset + prefix.length
				&& Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

}
