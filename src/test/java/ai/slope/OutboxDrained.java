package ai.slope;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManagerFactory;
import org.aopalliance.intercept.MethodInterceptor;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.candidates.CandidateSearch;
import ai.slope.jobs.JobSearch;

/**
 * Lets the search tests read their own writes on OpenSearch with outbox-polling, as they do on Lucene: before a
 * search, waits until the outbox holds no pending event (the event processor deletes an event once OpenSearch has
 * it) and refreshes the indexes. What a person sees between a commit and then is stated in docs/search.md and
 * measured by {@link SearchOutboxTests}, which this wait is bounded by.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OutboxDrained {

	/** Longer than the stated delay: a test that waits longer fails. */
	static final Duration AT_MOST = Duration.ofSeconds(30);

	@Bean
	static BeanPostProcessor searchesAfterTheOutbox(ObjectProvider<JdbcTemplate> jdbc,
			ObjectProvider<EntityManagerFactory> entityManagerFactory) {
		MethodInterceptor drained = invocation -> {
			awaitDrained(jdbc.getObject(), entityManagerFactory.getObject());
			return invocation.proceed();
		};
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof JobSearch) && !(bean instanceof CandidateSearch)) {
					return bean;
				}
				if (bean instanceof Advised advised) {
					advised.addAdvice(0, drained);
					return bean;
				}
				ProxyFactory proxy = new ProxyFactory(bean);
				proxy.setProxyTargetClass(true);
				proxy.addAdvice(drained);
				return proxy.getProxy(bean.getClass().getClassLoader());
			}
		};
	}

	public static void awaitDrained(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) throws InterruptedException {
		Instant giveUp = Instant.now().plus(AT_MOST);
		while (jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'PENDING'", Long.class) > 0) {
			if (Instant.now().isAfter(giveUp)) {
				throw new IllegalStateException("The outbox still holds events after " + AT_MOST);
			}
			Thread.sleep(20);
		}
		Search.mapping(entityManagerFactory).scope(Object.class).workspace().refresh();
	}

}
