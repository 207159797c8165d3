package ai.slope.companies;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

/**
 * What an uploaded logo is, judged by its bytes alone: the file's name and the type the browser declared are not
 * asked, since both are whatever the sender says. The format comes from the file's signature, the size from the
 * image's header (read by the format's image reader: the JDK's for PNG and JPEG, TwelveMonkeys' for WebP), and only
 * an image of an acceptable size is then decoded in full. What is stored and served is never the uploaded file but
 * the decoded pixels written anew ({@link #encode}), so bytes that are not pixels (HTML after a valid header, a
 * second file appended) never reach a browser; a WebP file must moreover be exactly its RIFF container.
 */
record LogoImage(Format format, int width, int height) {

	static final int MAX_BYTES = 1024 * 1024;

	static final int MIN_SIDE = 16;

	static final int MAX_SIDE = 4096;

	/** Logos are shown small: larger ones are stored scaled down to this many pixels on their longer side. */
	static final int STORED_MAX_SIDE = 512;

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

	/**
	 * A logo as stored: PNG for PNG and WebP (lossless, keeps transparency; ImageIO writes no WebP), JPEG for JPEG.
	 */
	record Encoded(Format format, byte[] bytes, int width, int height) {

		String contentType() {
			return this.format.contentType();
		}

	}

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final WebPImageReaderSpi WEBP = new WebPImageReaderSpi();

	@FunctionalInterface
	private interface Reading<T> {

		T read(ImageReader reader) throws IOException;

	}

	/**
	 * The image's format and size from its header, or empty when the bytes are not a PNG, JPEG or WebP image whose
	 * size can be read. Nothing else is decoded, so a huge image costs nothing here.
	 */
	static Optional<LogoImage> read(byte[] bytes) {
		return format(bytes).flatMap(format -> withReader(format, bytes,
				reader -> new LogoImage(format, reader.getWidth(0), reader.getHeight(0))));
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

	/**
	 * All the pixels, or empty when they do not decode (a truncated file, a header followed by anything else).
	 * Call it only for an image whose size was found acceptable.
	 */
	Optional<BufferedImage> decode(byte[] bytes) {
		if (this.format == Format.WEBP && !isWholeRiff(bytes)) {
			return Optional.empty();
		}
		return withReader(this.format, bytes, reader -> reader.read(0));
	}

	/**
	 * Whether the file is exactly its RIFF container, as every WebP encoder writes it. The WebP reader is lenient
	 * (it turns almost any bytes after a header into some pixels), so a header followed by something else (a page)
	 * is refused here. PNG and JPEG files may carry bytes after the image, which are simply not stored.
	 */
	private static boolean isWholeRiff(byte[] bytes) {
		long size = (bytes[4] & 0xFFL) | (bytes[5] & 0xFFL) << 8 | (bytes[6] & 0xFFL) << 16 | (bytes[7] & 0xFFL) << 24;
		return size + 8 == bytes.length;
	}

	/**
	 * The pixels written anew, scaled down to {@link #STORED_MAX_SIDE} pixels on the longer side when larger.
	 */
	Encoded encode(BufferedImage pixels) {
		boolean jpeg = this.format == Format.JPEG;
		double scale = Math.min(1.0, (double) STORED_MAX_SIDE / Math.max(pixels.getWidth(), pixels.getHeight()));
		int width = Math.max(1, (int) Math.round(pixels.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(pixels.getHeight() * scale));
		BufferedImage image = scaled(pixels, width, height,
				jpeg ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
		Format stored = jpeg ? Format.JPEG : Format.PNG;
		return new Encoded(stored, write(image, stored), width, height);
	}

	/**
	 * Halves the image while it is more than twice too large, then draws it at its size: one bilinear step from
	 * 4096 to 512 pixels would skip most of them and look ragged.
	 */
	private static BufferedImage scaled(BufferedImage source, int width, int height, int type) {
		BufferedImage current = source;
		int w = source.getWidth();
		int h = source.getHeight();
		while (w / 2 >= width && h / 2 >= height) {
			w /= 2;
			h /= 2;
			current = draw(current, w, h, type);
		}
		return draw(current, width, height, type);
	}

	private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
		BufferedImage target = new BufferedImage(width, height, type);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			if (type == BufferedImage.TYPE_INT_RGB) {
				// a JPEG has no transparency: whatever was transparent becomes white, not black
				graphics.setColor(java.awt.Color.WHITE);
				graphics.fillRect(0, 0, width, height);
			}
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private static byte[] write(BufferedImage image, Format format) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format.name().toLowerCase()).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format == Format.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(0.9f);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/**
	 * Reads with the format's own reader, from memory (ImageIO's default stream would cache in a temporary file).
	 */
	private static <T> Optional<T> withReader(Format format, byte[] bytes, Reading<T> reading) {
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			ImageReader reader = reader(format);
			if (reader == null) {
				return Optional.empty();
			}
			try {
				reader.setInput(input, true, true);
				return Optional.ofNullable(reading.read(reader));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static ImageReader reader(Format format) throws IOException {
		if (format == Format.WEBP) {
			// named here rather than found through ImageIO's registry, which a web application's class loader may
			// not have scanned
			return WEBP.createReaderInstance();
		}
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase());
		return readers.hasNext() ? readers.next() : null;
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
		return bytes.length >= offset + prefix.length
				&& Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

}
