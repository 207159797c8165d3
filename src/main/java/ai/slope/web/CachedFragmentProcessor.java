package ai.slope.web;

import java.io.StringWriter;

import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.Fragment;
import org.thymeleaf.standard.expression.FragmentExpression;
import org.thymeleaf.standard.expression.IStandardExpression;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code slope:cache="${key}"}: replaces its element with the HTML of the {@code th:replace} beside it, rendered
 * once per key and language and then taken from the {@link FragmentCache}. With the cache off it only removes
 * itself, and {@code th:replace} does its usual work.
 */
final class CachedFragmentProcessor extends AbstractAttributeTagProcessor {

	private final FragmentCache cache;

	CachedFragmentProcessor(String dialectPrefix, FragmentCache cache) {
		super(TemplateMode.HTML, dialectPrefix, null, false, "cache", true, 0, true);
		this.cache = cache;
	}

	@Override
	protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
			String attributeValue, IElementTagStructureHandler structureHandler) {
		String fragment = tag.getAttributeValue("th", "replace");
		if (fragment == null) {
			throw new TemplateProcessingException("slope:cache needs a th:replace on the same element");
		}
		if (!this.cache.enabled()) {
			return;
		}
		Object value = expression(context, attributeValue).execute(context);
		FragmentCache.Key key = new FragmentCache.Key(context.getTemplateData().getTemplate(), fragment, value,
				context.getLocale());
		String html = this.cache.get(key, () -> render(context, fragment));
		structureHandler.replaceWith(context.getModelFactory().createText(html), false);
	}

	/**
	 * What {@code th:replace} would write: the fragment, processed with its parameters as local variables, on a
	 * level of the page's context of its own.
	 */
	private static String render(ITemplateContext context, String fragment) {
		if (!(expression(context, fragment) instanceof FragmentExpression expression)) {
			throw new TemplateProcessingException("slope:cache needs a fragment expression in th:replace: " + fragment);
		}
		Fragment resolved = FragmentExpression.resolveExecutedFragmentExpression(context,
				FragmentExpression.createExecutedFragmentExpression(context, expression), true);
		IEngineContext engineContext = (IEngineContext) context;
		StringWriter html = new StringWriter(2048);
		engineContext.increaseLevel();
		try {
			if (resolved.getParameters() != null) {
				engineContext.setVariables(resolved.getParameters());
			}
			context.getConfiguration().getTemplateManager().process(resolved.getTemplateModel(), context, html);
		}
		finally {
			engineContext.decreaseLevel();
		}
		return html.toString();
	}

	private static IStandardExpression expression(ITemplateContext context, String text) {
		return StandardExpressions.getExpressionParser(context.getConfiguration()).parseExpression(context, text);
	}

}
