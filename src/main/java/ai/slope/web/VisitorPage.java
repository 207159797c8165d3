package ai.slope.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page that is the same for every visitor without a login who asks for the same address in the same language, so
 * that the {@link PageCache} may answer them with the HTML it kept for a few seconds. Put it on a handler method
 * whose page shows nothing of the person asking but through a login (their applications, saved jobs, CSRF tokens of
 * forms that only a signed-in person sees): the cache keeps only what a visitor without a login, session or cookie
 * but the language's was answered.
 * <p>
 * What the handler does for each visitor besides rendering (counting a view) it hands to
 * {@link PageCache#onEveryView}, which runs it again whenever the kept page is answered.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface VisitorPage {

}
