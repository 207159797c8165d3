package ai.slope.companies;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Image files for logo tests, made in memory.
 */
public final class TestImages {

	private TestImages() {
	}

	public static byte[] png(int width, int height) {
		return write(image(width, height, BufferedImage.TYPE_INT_ARGB), "png");
	}

	public static byte[] jpeg(int width, int height) {
		return write(image(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	/**
	 * A PNG of noise, which does not compress: about 4 bytes a pixel.
	 */
	public static byte[] noisyPng(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Random random = new Random(42);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt());
			}
		}
		return write(image, "png");
	}

	/**
	 * A lossless WebP file of one colour (ImageIO writes no WebP, so the bits are written here): a VP8L bitstream
	 * without transforms or colour cache whose five prefix codes each have a single symbol, so that every pixel
	 * takes no bits at all.
	 */
	public static byte[] webp(int width, int height) {
		Bits bits = new Bits();
		bits.add(0x2F, 8);
		bits.add(width - 1, 14);
		bits.add(height - 1, 14);
		bits.add(1, 1); // alpha is used
		bits.add(0, 3); // version
		bits.add(0, 1); // no transform
		bits.add(0, 1); // no colour cache
		bits.add(0, 1); // no meta prefix codes
		for (int value : new int[] { 70, 79, 229, 255 }) { // green, red, blue, alpha
			bits.add(1, 1); // simple code
			bits.add(0, 1); // one symbol
			bits.add(1, 1); // of 8 bits
			bits.add(value, 8);
		}
		bits.add(1, 1); // distance: simple code, one symbol of 1 bit
		bits.add(0, 1);
		bits.add(0, 1);
		bits.add(0, 1);
		// TwelveMonkeys' bit reader reads 8 bytes ahead: a bitstream this short needs padding after it
		bits.add(0, 64);
		return riff(bits.toBytes());
	}

	/**
	 * Only the first bytes of a lossless WebP file of the given size, what a check of the header alone accepts.
	 */
	public static byte[] webpHeader(int width, int height) {
		byte[] bytes = new byte[40];
		put(bytes, 0, "RIFF");
		bytes[4] = 32;
		put(bytes, 8, "WEBP");
		put(bytes, 12, "VP8L");
		bytes[16] = 20;
		bytes[20] = 0x2F;
		long bits = (width - 1) | ((long) (height - 1) << 14);
		for (int i = 0; i < 4; i++) {
			bytes[21 + i] = (byte) (bits >> (8 * i));
		}
		return bytes;
	}

	private static byte[] riff(byte[] vp8l) {
		int padded = vp8l.length + (vp8l.length % 2);
		byte[] file = new byte[20 + padded];
		put(file, 0, "RIFF");
		littleEndian(file, 4, 12 + padded);
		put(file, 8, "WEBP");
		put(file, 12, "VP8L");
		littleEndian(file, 16, vp8l.length);
		System.arraycopy(vp8l, 0, file, 20, vp8l.length);
		return file;
	}

	private static void littleEndian(byte[] bytes, int at, int value) {
		for (int i = 0; i < 4; i++) {
			bytes[at + i] = (byte) (value >> (8 * i));
		}
	}

	/**
	 * Bits written least significant first, as VP8L reads them.
	 */
	private static final class Bits {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private int current;

		private int used;

		void add(int value, int count) {
			for (int i = 0; i < count; i++) {
				this.current |= ((value >> i) & 1) << this.used;
				if (++this.used == 8) {
					this.out.write(this.current);
					this.current = 0;
					this.used = 0;
				}
			}
		}

		byte[] toBytes() {
			if (this.used > 0) {
				this.out.write(this.current);
				this.current = 0;
				this.used = 0;
			}
			return this.out.toByteArray();
		}

	}

	/**
	 * The file with text after it, as someone hiding a page in an image would send it.
	 */
	public static byte[] followedBy(byte[] file, String text) {
		byte[] tail = text.getBytes(StandardCharsets.UTF_8);
		byte[] both = java.util.Arrays.copyOf(file, file.length + tail.length);
		System.arraycopy(tail, 0, both, file.length, tail.length);
		return both;
	}

	/**
	 * Whether two image files have the same size and the same pixels (WebP read with TwelveMonkeys' reader).
	 */
	public static boolean samePixels(byte[] one, byte[] other) {
		BufferedImage a = read(one);
		BufferedImage b = read(other);
		if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
			return false;
		}
		for (int y = 0; y < a.getHeight(); y++) {
			for (int x = 0; x < a.getWidth(); x++) {
				if (a.getRGB(x, y) != b.getRGB(x, y)) {
					return false;
				}
			}
		}
		return true;
	}

	public static BufferedImage read(byte[] file) {
		try {
			var input = new javax.imageio.stream.MemoryCacheImageInputStream(new java.io.ByteArrayInputStream(file));
			var reader = new String(file, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")
					? new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi().createReaderInstance()
					: ImageIO.getImageReaders(input).next();
			reader.setInput(input);
			return reader.read(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The start of a PNG file whose header claims that size, with no pixels after it.
	 */
	public static byte[] pngHeader(int width, int height) {
		java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
		ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height);
		ihdr.put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(ihdr.array());
		java.nio.ByteBuffer file = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4);
		file.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		file.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
		return file.array();
	}

	public static byte[] text() {
		return "This is not a picture of anything.\n".repeat(20).getBytes(StandardCharsets.UTF_8);
	}

	private static void put(byte[] bytes, int at, String ascii) {
		byte[] text = ascii.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(text, 0, bytes, at, text.length);
	}

	private static BufferedImage image(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(79, 70, 229));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		return image;
	}

	private static byte[] write(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
