package ai.slope.admin;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.audit.AuditAction;
import ai.slope.audit.AuditDetail;
import ai.slope.audit.AuditedAction;
import ai.slope.candidates.TopVenue;
import ai.slope.candidates.TopVenues;
import ai.slope.candidates.TopVenues.VenueEdit;
import ai.slope.candidates.TopVenues.VenueInput;

/**
 * An admin's edits of the top venues that publications are matched against, each stored with its audit entry
 * like the role taxonomy's: the values added or removed, or the old and new value of every field that changed.
 */
@Service
public class VenueAdministration {

	private final TopVenues venues;

	private final ApplicationEventPublisher events;

	VenueAdministration(TopVenues venues, ApplicationEventPublisher events) {
		this.venues = venues;
		this.events = events;
	}

	/**
	 * @throws ai.slope.web.InvalidInputException when a value breaks a rule
	 */
	@Transactional
	public TopVenue create(long adminId, VenueInput input) {
		TopVenue venue = this.venues.create(input);
		this.events.publishEvent(AuditedAction.of(adminId, AuditAction.VENUE_CREATE, venue.getAcronym(), values(venue)));
		return venue;
	}

	/**
	 * Records nothing when nothing changed.
	 * @throws ai.slope.web.InvalidInputException when a value breaks a rule
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it since it was read
	 */
	@Transactional
	public VenueEdit update(long adminId, long id, long expectedVersion, VenueInput input) {
		VenueEdit edit = this.venues.update(id, expectedVersion, input);
		if (!edit.changes().isEmpty()) {
			AuditDetail detail = AuditDetail.none();
			edit.changes().forEach(change -> detail.and("field", AuditDetail.label("admin.venues.field." + change.field()),
					change.before(), change.after()));
			this.events.publishEvent(
					AuditedAction.of(adminId, AuditAction.VENUE_UPDATE, edit.venue().getAcronym(), detail));
		}
		return edit;
	}

	@Transactional
	public TopVenue delete(long adminId, long id) {
		TopVenue venue = this.venues.delete(id);
		this.events.publishEvent(AuditedAction.of(adminId, AuditAction.VENUE_DELETE, venue.getAcronym(), values(venue)));
		return venue;
	}

	private static AuditDetail values(TopVenue venue) {
		return AuditDetail.of("value", AuditDetail.label("admin.venues.field.acronym"), venue.getAcronym())
			.and("value", AuditDetail.label("admin.venues.field.fullName"), venue.getFullName())
			.and("value", AuditDetail.label("admin.venues.field.aliases"), String.join("; ", venue.getAliases()))
			.and("value", AuditDetail.label("admin.venues.field.field"), venue.getField().name());
	}

}
