package ai.slope.candidates;

/**
 * The profile (or a publication) was saved, in another tab say, after the version a change was based on; the
 * change is refused rather than overwriting what was saved.
 */
public class ProfileChangedException extends RuntimeException {

	ProfileChangedException() {
		super("The profile was changed in the meantime", null, false, false);
	}

}
