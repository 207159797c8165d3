package ai.slope.candidates;

/**
 * The field a top venue belongs to; the recruiter search can ask for papers in one field.
 */
public enum VenueField {

	ML, VISION, LANGUAGE, ROBOTICS, SYSTEMS, HARDWARE, ETHICS;

	public String messageKey() {
		return "candidates.venue.field." + name();
	}

}
