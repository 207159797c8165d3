package ai.slope.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request written by hand to the real server on 127.0.0.1, for what a browser's client will not send
 * (a Host header of someone else's).
 */
final class RawHttp {

	private RawHttp() {
	}

	/**
	 * @return the whole answer, status line, headers and body
	 */
	static String get(int port, String path, String host) throws IOException {
		return send(port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
	}

	/**
	 * Sends the request line and headers given (each ending in CRLF), then closes the connection after the answer.
	 * @return the whole answer, status line, headers and body
	 */
	static String send(int port, String head) throws IOException {
		return send(port, head, "");
	}

	static String send(int port, String head, String body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			byte[] content = body.getBytes(StandardCharsets.UTF_8);
			String length = body.isEmpty() ? "" : "Content-Length: " + content.length + "\r\n";
			out.write((head + length + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * The Set-Cookie header that sets the cookie of that name, or null.
	 */
	static String setCookie(String answer, String name) {
		String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
		for (String line : head.split("\r\n")) {
			if (line.regionMatches(true, 0, "Set-Cookie: " + name + "=", 0, name.length() + 13)) {
				return line.substring("Set-Cookie: ".length());
			}
		}
		return null;
	}

	static int status(String answer) {
		return Integer.parseInt(answer.substring(9, 12));
	}

	/**
	 * The value of the first header of that name, or null.
	 */
	static String header(String answer, String name) {
		String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
		for (String line : head.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
				return line.substring(colon + 1).strip();
			}
		}
		return null;
	}

}
