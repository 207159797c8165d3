package ai.slope.jobs.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobStatus;

/**
 * Keeps only published postings in the search index: a posting enters it when published and leaves it
 * when it is closed, expired, rejected or sent back to review.
 */
public class PublishedPostingsRoutingBinder implements RoutingBinder {

	@Override
	public void bind(RoutingBindingContext context) {
		context.dependencies().use("status");
		context.bridge(JobPosting.class, new Bridge());
	}

	static class Bridge implements RoutingBridge<JobPosting> {

		@Override
		public void route(DocumentRoutes routes, Object entityIdentifier, JobPosting posting,
				RoutingBridgeRouteContext context) {
			if (posting.getStatus() == JobStatus.PUBLISHED) {
				routes.addRoute();
			}
			else {
				routes.notIndexed();
			}
		}

		@Override
		public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, JobPosting posting,
				RoutingBridgeRouteContext context) {
			// The previous status is unknown here; with a single route, "delete if present" is always safe.
			routes.addRoute();
		}

	}

}
