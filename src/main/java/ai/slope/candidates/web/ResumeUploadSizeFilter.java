package ai.slope.candidates.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import ai.slope.candidates.Resumes;

/**
 * Sends a résumé upload that is plainly too large back to the profile page with a message, before anything
 * reads it: the same as the companies module's logo filter, for {@code /profile/resume}. Without it, Tomcat
 * refuses the body when the first filter asks for a parameter (Spring Security's CSRF check) and the person
 * gets a bare 413. Uploads just over 5 MB pass here and are refused by {@link Resumes}, with the same message.
 * Nothing is read or changed, so neither a login nor a CSRF token is needed to be sent back.
 */
@Component
class ResumeUploadSizeFilter extends OncePerRequestFilter implements Ordered {

	static final String PATH = "/profile/resume";

	/** Room for the multipart headers and the other fields around the file. */
	static final long ENVELOPE = 16 * 1024;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.POST.matches(request.getMethod())
				|| !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > Resumes.MAX_BYTES + ENVELOPE) {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location", request.getContextPath() + "/profile?resume=too-big#resume");
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
