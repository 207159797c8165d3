package ai.slope.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * The most pages a {@link Pageable} list goes to: {@link Pages#MAX_PAGE}, as the lists that read {@code page}
 * themselves ({@link Pages#number}). Spring Data's resolver takes any page up to {@code Integer.MAX_VALUE}, whose
 * offset no query can take; this one sends a page past the limit to the last page there can be, so that
 * {@code ?page=2147483647} is an empty page, never a 500. It wraps Spring Data's resolver once the handler
 * adapter has its resolvers (Spring Data offers no setting for it).
 */
final class PageLimit implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
			List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
			for (HandlerMethodArgumentResolver resolver : adapter.getArgumentResolvers()) {
				resolvers.add((resolver instanceof PageableHandlerMethodArgumentResolver pageable)
						? new Limited(pageable) : resolver);
			}
			adapter.setArgumentResolvers(resolvers);
		}
		return bean;
	}

	private record Limited(PageableHandlerMethodArgumentResolver pageables) implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return this.pageables.supportsParameter(parameter);
		}

		@Override
		public Pageable resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
				NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
			Pageable pageable = this.pageables.resolveArgument(parameter, mavContainer, webRequest, binderFactory);
			if (pageable.isPaged() && pageable.getPageNumber() >= Pages.MAX_PAGE) {
				return PageRequest.of(Pages.MAX_PAGE - 1, pageable.getPageSize(), pageable.getSort());
			}
			return pageable;
		}

	}

}
