package ai.slope.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Boot's error controller, but {@code /error} asked for directly (no error behind it) is a page that does not
 * exist, 404, instead of the 500 Boot answers when it finds no status.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPageConfiguration {

	@Bean
	BasicErrorController basicErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> resolvers) {
		return new BasicErrorController(errorAttributes, web.getError(), resolvers.orderedStream().toList()) {
			@Override
			protected HttpStatus getStatus(HttpServletRequest request) {
				if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
					return HttpStatus.NOT_FOUND;
				}
				return super.getStatus(request);
			}
		};
	}

}
