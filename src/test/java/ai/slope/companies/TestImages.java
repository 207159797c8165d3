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
	 * The start of a lossless WebP file of the given size (the JDK has no WebP reader; its header is what the
	 * check reads).
	 */
	public static byte[] webp(int width, int height) {
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
