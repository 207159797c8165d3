package ai.slope.companies.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import ai.slope.companies.CompanyLogos;

/**
 * Sends a logo upload that is plainly too large back to the company page with a message, before anything
 * reads it. Without this, Tomcat refuses the body when the first filter asks for a parameter (Spring
 * Security's CSRF check), and the person gets a bare 413 instead of a message beside the form. Uploads just
 * over 1 MB pass here and are refused by {@link CompanyLogos}, with the same message. Nothing is read or
 * changed, so neither a login nor a CSRF token is needed to be sent back.
 */
@Component
class LogoUploadSizeFilter extends OncePerRequestFilter implements Ordered {

	static final String PATH = "/recruiter/company/logo";

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
		if (request.getContentLengthLong() > CompanyLogos.MAX_BYTES + ENVELOPE) {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location", request.getContextPath() + "/recruiter/company?logo=too-big#logo");
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
