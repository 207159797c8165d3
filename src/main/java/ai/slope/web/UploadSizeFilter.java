package ai.slope.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a file upload that is plainly too large back to its page with a message, before anything reads it.
 * Without this, Tomcat refuses the body when the first filter asks for a parameter (Spring Security's CSRF
 * check), and the person gets a bare 413 instead of a message beside the form. Uploads just over the limit
 * pass here and are refused by the service that checks the file, with the same message. Nothing is read or
 * changed, so neither a login nor a CSRF token is needed to be sent back. Each upload form has a subclass.
 */
public abstract class UploadSizeFilter extends OncePerRequestFilter implements Ordered {

	/** Room for the multipart headers and the other fields around the file. */
	static final long ENVELOPE = 16 * 1024;

	private final String path;

	private final long maxBytes;

	private final String tooBigLocation;

	/**
	 * @param path the address the form posts the file to
	 * @param maxBytes the largest file accepted
	 * @param tooBigLocation where to send a larger upload, within the application, with what makes its page
	 * show the message
	 */
	protected UploadSizeFilter(String path, long maxBytes, String tooBigLocation) {
		this.path = path;
		this.maxBytes = maxBytes;
		this.tooBigLocation = tooBigLocation;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.POST.matches(request.getMethod())
				|| !isUploadPath(request.getRequestURI().substring(request.getContextPath().length()));
	}

	/**
	 * Whether a POST to that path (within the application) is this form's upload; by default, the path given.
	 */
	protected boolean isUploadPath(String path) {
		return this.path.equals(path);
	}

	/**
	 * Where to send an upload that is too big, within the application; by default, the location given.
	 * @param path the path the upload was posted to
	 */
	protected String tooBigLocation(String path) {
		return this.tooBigLocation;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes + ENVELOPE) {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location", request.getContextPath()
					+ tooBigLocation(request.getRequestURI().substring(request.getContextPath().length())));
			response.setHeader("Connection", "close");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Before Spring Security's filters (order -100), the first to read parameters.
	 */
	@Override
	public int getOrder() {
		return -110;
	}

}
