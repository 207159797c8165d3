package ai.slope.candidates.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

import ai.slope.candidates.CandidateProfile;

/**
 * Keeps only discoverable profiles in the search index: a profile enters it when its owner makes it
 * discoverable and leaves it, at once, when they make it private again.
 */
public class DiscoverableProfilesRoutingBinder implements RoutingBinder {

	@Override
	public void bind(RoutingBindingContext context) {
		context.dependencies().use("discoverable").use("accountSuspended");
		context.bridge(CandidateProfile.class, new Bridge());
	}

	static class Bridge implements RoutingBridge<CandidateProfile> {

		@Override
		public void route(DocumentRoutes routes, Object entityIdentifier, CandidateProfile profile,
				RoutingBridgeRouteContext context) {
			if (profile.isFindable()) {
				routes.addRoute();
			}
			else {
				routes.notIndexed();
			}
		}

		@Override
		public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, CandidateProfile profile,
				RoutingBridgeRouteContext context) {
			// with a single route, "delete if present" is always safe
			routes.addRoute();
		}

	}

}
