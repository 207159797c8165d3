package ai.slope.candidates.web;

import ai.slope.candidates.Publication;
import ai.slope.candidates.Publications;

/**
 * What the publication form sends, as typed.
 * @param firstAuthor whether the seeker is its first author (unchecked: null)
 * @param version the version of the publication the form was filled from (none when adding one)
 */
record PublicationForm(String title, String venue, String year, String citations, String url, Boolean firstAuthor,
		Long version) {

	static PublicationForm empty() {
		return new PublicationForm("", "", "", "", "", false, null);
	}

	static PublicationForm of(Publication publication) {
		return new PublicationForm(publication.getTitle(), publication.getVenue(), String.valueOf(publication.getYear()),
				String.valueOf(publication.getCitations()), (publication.getUrl() != null) ? publication.getUrl() : "",
				publication.isFirstAuthor(), publication.getVersion());
	}

	Publications.PublicationInput toInput() {
		return new Publications.PublicationInput(this.title, this.venue, this.year, this.citations, this.url,
				Boolean.TRUE.equals(this.firstAuthor));
	}

}
